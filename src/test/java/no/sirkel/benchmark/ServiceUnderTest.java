package no.sirkel.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The service the benchmark loads: either one already running (base URL and admin token given), or the packaged jar
 * started here on the embedded PostgreSQL with a fresh data directory, no demo data and a random admin token, and
 * stopped (gracefully, so that its database shuts down too) at the end.
 */
final class ServiceUnderTest implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);

    private final URI base;
    private final String adminToken;
    private final Process process;
    private final Path dataDir;

    private ServiceUnderTest(URI base, String adminToken, Process process, Path dataDir) {
        this.base = base;
        this.adminToken = adminToken;
        this.process = process;
        this.dataDir = dataDir;
    }

    static ServiceUnderTest running(URI base, String adminToken) {
        return new ServiceUnderTest(base, adminToken, null, null);
    }

    /**
     * CPU time the service has used so far: its JVM's, and that of its embedded PostgreSQL's live processes (the
     * postmaster and every backend and worker under it); empty for a service this benchmark did not start.
     */
    Optional<CpuTime> cpuTime() {
        if (process == null) {
            return Optional.empty();
        }
        Duration database = postmaster().map(postmaster -> Stream.concat(Stream.of(postmaster),
                        postmaster.descendants()).map(ServiceUnderTest::cpu).reduce(Duration.ZERO, Duration::plus))
                .orElse(Duration.ZERO);
        return Optional.of(new CpuTime(cpu(process.toHandle()), database));
    }

    /** CPU time of the service's JVM and of its database, each summed over all cores. */
    record CpuTime(Duration jvm, Duration database) {

        CpuTime since(CpuTime before) {
            return new CpuTime(jvm.minus(before.jvm), database.minus(before.database));
        }
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            List<String> pidFile = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
            return pidFile.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pidFile.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * Starts {@code java <jvmOptions> -jar jar} with {@code SIRKEL_DATA_DIR=dataDir} (wiped on start), logging to
     * {@code dataDir/service.log}, and waits until it is ready.
     */
    static ServiceUnderTest start(Path jar, Path dataDir, List<String> jvmOptions)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String adminToken = "sk_load_" + HexFormat.of().formatHex(random);
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("service.log").toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("SIRKEL_DATA_DIR", dataDir.toString());
        builder.environment().put("SIRKEL_EMBEDDED_CLEAN_ON_START", "true");
        builder.environment().put("SIRKEL_DEMO", "false");
        builder.environment().put("SIRKEL_ADMIN_TOKEN", adminToken);
        builder.environment().remove("SIRKEL_DB_URL");
        System.out.printf("Starting %s on port %d (data in %s)%n", jar, port, dataDir);
        Process process = builder.start();
        ServiceUnderTest service = new ServiceUnderTest(URI.create("http://127.0.0.1:" + port + "/"), adminToken,
                process, dataDir);
        service.awaitReady();
        return service;
    }

    URI base() {
        return base;
    }

    String adminToken() {
        return adminToken;
    }

    private void awaitReady() throws InterruptedException {
        SirkelClient client = new SirkelClient(base);
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue()
                        + "; see its service.log");
            }
            if (client.get("actuator/health/readiness", null, "application/json").ok()) {
                return;
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("the service was not ready within " + STARTUP_LIMIT);
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
    }
}
