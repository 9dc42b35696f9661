package no.sirkel.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

    private ServiceUnderTest(URI base, String adminToken, Process process) {
        this.base = base;
        this.adminToken = adminToken;
        this.process = process;
    }

    static ServiceUnderTest running(URI base, String adminToken) {
        return new ServiceUnderTest(base, adminToken, null);
    }

    /**
     * Starts {@code java -jar jar} with {@code SIRKEL_DATA_DIR=dataDir} (wiped on start), logging to
     * {@code dataDir/service.log}, and waits until it is ready.
     */
    static ServiceUnderTest start(Path jar, Path dataDir) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String adminToken = "sk_load_" + HexFormat.of().formatHex(random);
        java.nio.file.Files.createDirectories(dataDir);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()))
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
                process);
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
