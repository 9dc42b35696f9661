#!/usr/bin/env bash
# Builds the runtime image's filesystem without a Docker engine, measures it layer by layer, and runs the service in
# it. The Dockerfile's runtime stage, step by step: Debian 12 (debootstrap, trimmed as Debian's -slim images are), the
# packages its RUN installs (read from the Dockerfile), the Java runtime cut with jlink from this machine's JDK to the
# modules in java-modules (the build stage does the same with Debian 12's OpenJDK 17), and Spring Boot's layers of a
# fresh -Pimage jar. Then it checks that the runtime's native libraries find what they link to, starts the service
# there as the image's entry point does (unprivileged, embedded PostgreSQL), has it write a mass report as PDF, and
# solves an optimizer problem there (OR-Tools' natives). Where `docker build` can run, `docker image ls` is the measure.
#
# Run as root on Debian 12 with OpenJDK 17, from anywhere:   src/main/docker/measure-image.sh [work directory]
# Needs debootstrap (installed here where missing), network to deb.debian.org and Maven Central, and about 1 GB.
set -euo pipefail
cd "$(dirname "$0")/../../.."

work=${1:-target/image-root}
base=$work/base
root=$work/rootfs
release=bookworm
mirror=http://deb.debian.org/debian
dockerfile=src/main/docker/Dockerfile
port=18080
admin_token=sk_measure_image_0123456789

packages=$(awk '/^FROM/ { stage++ } stage == 2 && wanted { sub(/ *\\$/, ""); print; exit }
  stage == 2 && /apt-get install -y --no-install-recommends \\$/ { wanted = 1 }' "$dockerfile" | xargs)
[ -n "$packages" ] || { echo "no runtime packages found in $dockerfile" >&2; exit 1; }
modules=$(grep -v '^#' src/main/docker/java-modules | paste -sd, -)

command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null

megabytes() { du -sxk "$@" | awk '{ sum += $1 } END { printf "%.1f", sum / 1024 }'; }
difference() { awk -v all="$1" -v part="$2" 'BEGIN { printf "%.1f", all - part }'; }

service=
cleanup() {
  [ -n "$service" ] && kill "$service" 2>/dev/null
  for mounted in "$root/dev/shm" "$root/dev" "$root/proc"; do
    if mountpoint -q "$mounted"; then umount -l "$mounted"; fi
  done
  return 0
}
trap cleanup EXIT

# The base, once: debian:<release>-slim is debootstrap's minbase with documentation, manuals and translations removed
# and left out of every package installed later.
if [ ! -e "$work/base.size" ]; then
  rm -rf "$base" && mkdir -p "$base/etc/dpkg/dpkg.cfg.d"
  cat > "$base/etc/dpkg/dpkg.cfg.d/slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/lintian/*
EOF
  debootstrap --variant=minbase "$release" "$base" "$mirror" >/dev/null
  find "$base/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  find "$base/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias -exec rm -rf {} +
  rm -rf "$base"/usr/share/man/* "$base"/usr/share/groff/* "$base"/usr/share/info/* "$base"/usr/share/lintian/*
  rm -rf "$base"/var/lib/apt/lists/* "$base"/var/cache/apt/*.bin "$base"/var/cache/apt/archives/*.deb
  megabytes "$base" > "$work/base.size"
fi

# The runtime stage's RUN: its packages and user.
rm -rf "$root" && cp -a "$base" "$root"
mount -t proc proc "$root/proc"
chroot "$root" /bin/sh -ec "
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >/dev/null
  rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/cache/apt/archives/*.deb
  groupadd --system sirkel
  useradd --system --gid sirkel --home-dir /app --shell /usr/sbin/nologin sirkel
  mkdir -p /app/data && chown -R sirkel:sirkel /app"
umount "$root/proc"
with_packages=$(megabytes "$root")

# The Java runtime, and a check that its native libraries find their own (but those for a desktop and for sound,
# which a headless service never loads; libjvm.so is loaded before the others, so it is looked up where it lies).
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 --output "$root/opt/java"
missing=$(chroot "$root" /usr/bin/env LD_LIBRARY_PATH=/opt/java/lib/server /bin/sh -c 'find /opt/java -name "*.so" \
  -not -name libawt_xawt.so -not -name libjawt.so -not -name libsplashscreen.so -not -name libjsound.so \
  -exec ldd {} \;' | grep "not found" | sort -u || true)
if [ -n "$missing" ]; then
  echo "The Java runtime's native libraries miss, in the image's filesystem:" >&2
  echo "$missing" >&2
  exit 1
fi

# The application: the -Pimage jar (built afresh: a jar already repackaged is not repackaged again) unpacked into
# Spring Boot's layers, copied in as the Dockerfile copies them.
rm -f target/sirkel.jar
mvn -q -B -Pimage -DskipTests package
rm -rf "$work/layers"
java -Djarmode=tools -jar target/sirkel.jar extract --layers --launcher --destination "$work/layers"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  cp -a "$work/layers/$layer/." "$root/app/"
done

echo "| layer | size |"
echo "| --- | --- |"
echo "| base: debian:$release-slim (debootstrap minbase, trimmed) | $(cat "$work/base.size") MB |"
echo "| packages ($packages) and the user | $(difference "$with_packages" "$(cat "$work/base.size")") MB |"
echo "| Java runtime (jlink: $(echo "$modules" | tr , '\n' | wc -l) modules) | $(megabytes "$root/opt/java") MB |"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
  echo "| $layer | $(megabytes "$work/layers/$layer") MB |"
done
echo "| the image in all (uncompressed) | $(megabytes "$root") MB |"
echo "| the jar (-Pimage) | $(megabytes target/sirkel.jar) MB |"

# The service, started in the image's filesystem as the image starts it: unprivileged, embedded PostgreSQL. Each
# program in the chain execs the next, so $! is the JVM's process.
as_image_user=(chroot --userspec=sirkel:sirkel "$root" /usr/bin/env -i HOME=/app PATH=/opt/java/bin:/usr/bin:/bin
  JAVA_HOME=/opt/java SIRKEL_DATA_DIR=/app/data)
launcher="cd /app && exec java org.springframework.boot.loader.launch.JarLauncher"
if curl -s "http://127.0.0.1:$port/" >/dev/null 2>&1; then
  echo "Port $port is taken (a service of an earlier run?)" >&2
  exit 1
fi
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount -t tmpfs -o size=256m shm "$root/dev/shm"
"${as_image_user[@]}" PORT=$port SIRKEL_DEMO=false SIRKEL_ADMIN_TOKEN=$admin_token \
  JAVA_TOOL_OPTIONS="-Xmx1g -XX:+ExitOnOutOfMemoryError" /bin/sh -c "$launcher" > "$work/service.log" 2>&1 &
service=$!
api=http://127.0.0.1:$port/api/v1
for _ in $(seq 1 120); do
  curl -fsS --max-time 5 "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$service" 2>/dev/null || { echo "The service stopped; see $work/service.log" >&2; exit 1; }
  sleep 1
done
echo "The service in the image's filesystem: $(curl -fsS "http://127.0.0.1:$port/actuator/health/readiness")"

# A PDF needs the runtime's headless graphics; a solve needs OR-Tools' natives.
authorized=(-fsS --max-time 30 -H "Authorization: Bearer $admin_token")
post() {
  curl "${authorized[@]}" -X POST "$api/$1" -H 'Content-Type: application/json' -d "$2" \
    | sed -n 's/^{"id":"\([^"]*\)".*/\1/p'
}
company=$(post companies '{"name":"Bildetest AS","orgNumber":"923456783","contactEmail":"post@bildetest.no"}')
site=$(post sites "{\"companyId\":\"$company\",\"name\":\"Tomta\",
  \"location\":{\"type\":\"Point\",\"coordinates\":[10.4,63.43]}}")
pdf=$(curl "${authorized[@]}" "$api/sites/$site/mass-report" -H 'Accept: application/pdf' -H 'Accept-Language: nb' \
  | head -c 5)
[ "$pdf" = "%PDF-" ] || { echo "The mass report is not a PDF: $pdf" >&2; exit 1; }
echo "The mass report: a PDF"
kill "$service"
wait "$service" || true
service=

cp optimizer/src/test/resources/problems/v2/G.json "$root/tmp/problem.json"
"${as_image_user[@]}" /bin/sh -c "$launcher solve /tmp/problem.json --seconds 5 --out /tmp/plan.json" \
  > "$work/solve.log" 2>&1 \
  || { echo "The solve failed; see $work/solve.log" >&2; exit 1; }
echo "The optimizer solved a problem: $(head -c 120 "$root/tmp/plan.json")"
