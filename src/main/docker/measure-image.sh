#!/usr/bin/env bash
# Builds the runtime image's filesystem without a Docker engine, measures it layer by layer, and starts the service in
# it: the same Debian release and packages as the Dockerfile's runtime stage (debootstrap, trimmed as Debian's -slim
# images are), then Spring Boot's layers of the -Pimage jar. For machines where `docker build` cannot run; where it
# can, `docker image ls sirkel` is the measure.
#
# Run as root on Debian or Ubuntu, from the repository root:   src/main/docker/measure-image.sh [work directory]
# Needs debootstrap (installed here where missing), network to deb.debian.org and Maven Central, and about 1 GB.
set -euo pipefail
cd "$(dirname "$0")/../../.."

work=${1:-target/image-root}
root=$work/rootfs
release=bookworm
mirror=http://deb.debian.org/debian

command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null

megabytes() { du -sxk "$@" | awk '{ sum += $1 } END { printf "%.1f", sum / 1024 }'; }

cleanup() {
  for mounted in "$root/dev/shm" "$root/dev" "$root/proc"; do
    mountpoint -q "$mounted" && umount -l "$mounted"
  done
  return 0
}
trap cleanup EXIT

# The base: debian:<release>-slim is debootstrap's minbase with documentation, manuals and translations removed and
# left out of every package installed later.
if [ ! -e "$work/base.size" ]; then
  rm -rf "$work" && mkdir -p "$root/etc/dpkg/dpkg.cfg.d"
  cat > "$root/etc/dpkg/dpkg.cfg.d/slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/lintian/*
EOF
  debootstrap --variant=minbase "$release" "$root" "$mirror" >/dev/null
  find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias -exec rm -rf {} +
  rm -rf "$root"/usr/share/man/* "$root"/usr/share/groff/* "$root"/usr/share/info/* "$root"/usr/share/lintian/*
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb
  megabytes "$root" > "$work/base.size"
fi
base=$(cat "$work/base.size")

# The Dockerfile's runtime packages and user, as its RUN does them.
if [ ! -e "$work/packages.size" ]; then
  mount -t proc proc "$root/proc"
  chroot "$root" /bin/sh -ec '
    apt-get update -qq
    mkdir -p /usr/share/man/man1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-17-jre-headless curl >/dev/null
    rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/cache/apt/archives/*.deb
    groupadd --system sirkel
    useradd --system --gid sirkel --home-dir /app --shell /usr/sbin/nologin sirkel'
  umount "$root/proc"
  megabytes "$root" > "$work/packages.size"
fi
with_packages=$(cat "$work/packages.size")

# The application: the -Pimage jar (built afresh: a jar already repackaged is not repackaged again) unpacked into
# Spring Boot's layers, copied in as the Dockerfile copies them, into a new /app of the unprivileged user.
rm -f target/sirkel.jar
mvn -q -B -Pimage -DskipTests package
rm -rf "$work/layers" "$root/app"
java -Djarmode=tools -jar target/sirkel.jar extract --layers --launcher --destination "$work/layers"
mkdir -p "$root/app/data"
chroot "$root" chown -R sirkel:sirkel /app
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  cp -a "$work/layers/$layer/." "$root/app/"
done

echo "| layer | size |"
echo "| --- | --- |"
echo "| base: debian:$release-slim (debootstrap minbase, trimmed) | $base MB |"
echo "| openjdk-17-jre-headless, curl, the user | $(awk -v all="$with_packages" -v base="$base" 'BEGIN { printf "%.1f", all - base }') MB |"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  echo "| $layer | $(megabytes "$work/layers/$layer") MB |"
done
echo "| the image in all (uncompressed) | $(megabytes "$root") MB |"
echo "| the jar (-Pimage) | $(megabytes target/sirkel.jar) MB |"

# Starts the service in the image's filesystem as the Dockerfile's ENTRYPOINT does (unprivileged, embedded
# PostgreSQL), waits for readiness as its health check does, and stops it.
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount -t tmpfs -o size=256m shm "$root/dev/shm"
port=18080
chroot --userspec=sirkel:sirkel "$root" /usr/bin/env -i HOME=/app PATH=/usr/bin:/bin SIRKEL_DATA_DIR=/app/data \
  PORT=$port SIRKEL_DEMO=false JAVA_TOOL_OPTIONS="-Xmx1g -XX:+ExitOnOutOfMemoryError" \
  /bin/sh -c "cd /app && exec java org.springframework.boot.loader.launch.JarLauncher" > "$work/service.log" 2>&1 &
service=$!
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then
    echo "The service started in the image's filesystem: $(curl -fsS "http://127.0.0.1:$port/actuator/health/readiness")"
    kill "$service"
    wait "$service" || true
    exit 0
  fi
  kill -0 "$service" 2>/dev/null || break
  sleep 1
done
echo "The service did not become ready in the image's filesystem; see $work/service.log" >&2
kill "$service" 2>/dev/null || true
exit 1
