package local.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Minimal local Neo4j Community server for development and CI, started by scripts/neo4j-local.
 *
 * <p>Runs the embedded DBMS (which includes the Bolt connector) with authentication off,
 * listening on 127.0.0.1 only. Usage:
 *
 * <pre>java -cp lib/*:classes local.neo4j.LocalNeo4j HOME_DIR PORT STATE_FILE [PAGECACHE_MB]</pre>
 *
 * <p>PORT may be 0 to let the OS pick a free port. Once Bolt is listening and the default
 * database answers, "PORT VERSION EDITION PID" is written atomically to STATE_FILE. SIGTERM
 * shuts the DBMS down cleanly (a shutdown hook) and removes STATE_FILE.
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            // Exit even if some non-daemon thread was left behind by a failed start.
            System.err.println("[neo4j-local] failed to start Neo4j:");
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LocalNeo4j HOME_DIR PORT STATE_FILE [PAGECACHE_MB]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        Path stateFile = Path.of(args[2]).toAbsolutePath();
        long pageCacheMb = args.length > 3 ? Long.parseLong(args[3]) : 256L;

        Files.deleteIfExists(stateFile);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Stop in ~2 s instead of ~10 s (Bolt waits 5 s twice by default on shutdown).
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                // Keep the dev database small on disk.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files");

        // Optional extra settings (neo4j.conf syntax) in HOME_DIR/neo4j.conf.
        Path extraConf = home.resolve("neo4j.conf");
        if (Files.isRegularFile(extraConf)) {
            builder.loadPropertiesFromFile(extraConf);
        }

        final DatabaseManagementService dbms = builder.build();
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(stateFile);
            } catch (IOException ignored) {
                // best effort
            }
            try {
                dbms.shutdown();
                System.err.println("[neo4j-local] shut down cleanly");
            } catch (Throwable t) {
                t.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }, "neo4j-local-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        String[] ve = db.executeTransactionally(
                "CALL dbms.components() YIELD name, versions, edition "
                        + "WHERE name = 'Neo4j Kernel' RETURN versions[0] AS v, edition AS e",
                Map.of(),
                r -> {
                    if (!r.hasNext()) {
                        return new String[] {"unknown", "unknown"};
                    }
                    Map<String, Object> row = r.next();
                    return new String[] {String.valueOf(row.get("v")), String.valueOf(row.get("e"))};
                });

        int boltPort = port;
        HostnamePort hp = ((GraphDatabaseAPI) db)
                .getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (hp != null) {
            boltPort = hp.getPort();
        }
        if (boltPort <= 0) {
            throw new IllegalStateException("Bolt connector did not report a listening port");
        }

        Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
        Files.writeString(
                tmp,
                boltPort + " " + ve[0] + " " + ve[1] + " " + ProcessHandle.current().pid() + "\n",
                StandardCharsets.UTF_8);
        Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("[neo4j-local] Neo4j " + ve[0] + " " + ve[1] + " listening on bolt://127.0.0.1:" + boltPort);

        stopped.await();
    }
}
