package odf.esnode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.transport.TransportAddress;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;

/**
 * Starts one Elasticsearch node inside this JVM, for tests, and keeps it up
 * until the process is told to stop (SIGTERM / SIGINT), then closes it cleanly.
 *
 * <pre>
 *   java [heap, see tests/es_node.py] --module-path ES_HOME/lib --add-modules=ALL-MODULE-PATH
 *        -cp target/esnode.jar odf.esnode.Main
 *        --home ES_HOME --base TMP_DIR --port 9200 [--cluster-name NAME] [--exit-on-stdin-eof]
 * </pre>
 *
 * Prints "READY http://127.0.0.1:PORT" once the node answers HTTP.
 *
 * Why a main of our own rather than ES's bin/elasticsearch: the launcher
 * refuses to run as root (CI here runs as root) and starts a second JVM; this
 * constructs the node directly, as ES's own test clusters and
 * elasticsearch-cluster-runner do, so neither applies. Bootstrap checks are
 * not enforced anyway for a node bound to loopback in single-node mode.
 */
public final class Main {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parseArgs(args);
        Path home = Path.of(required(opts, "home")).toAbsolutePath();
        Path base = Path.of(required(opts, "base")).toAbsolutePath();
        Files.createDirectories(base);

        Settings settings = Settings.builder()
            // Read-only install (lib/, modules/, plugins/); all writes go under base.
            .put("path.home", home.toString())
            .put("path.data", base.resolve("data").toString())
            .put("path.logs", base.resolve("logs").toString())
            .put("cluster.name", opts.getOrDefault("cluster-name", "odf-test"))
            .put("node.name", "odf-test-node")
            // Loopback only: nothing outside this machine can reach it, and ES
            // treats a loopback-bound node as a dev node (bootstrap checks such
            // as vm.max_map_count >= 262144 only warn).
            .put("network.host", "127.0.0.1")
            .put("http.port", opts.getOrDefault("port", "9200"))
            // Node-to-node transport is unused with one node; an ephemeral port
            // keeps parallel test runs from colliding on 9300.
            .put("transport.port", "0")
            .put("discovery.type", "single-node")
            // No mmap: index files via NIO, so vm.max_map_count never matters.
            .put("node.store.allow_mmap", false)
            // A nearly full CI disk must not flip test indices to read-only.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            // Let test clean-up delete indices by wildcard (e.g. "test_*").
            .put("action.destructive_requires_name", false)
            // With a small heap the real-memory breaker can reject requests
            // spuriously during GC pressure; count only tracked allocations.
            .put("indices.breaker.total.use_real_memory", false)
            .build();

        // ES logs through log4j and must have it configured before any node
        // code runs. As ES's own bootstrap does: the install's
        // config/log4j2.properties, i.e. console (stdout, which
        // tests/es_node.py captures) plus JSON files under base/logs.
        LogConfigurator.registerErrorListener();
        LogConfigurator.configureESLogging();
        // Also loads config/elasticsearch.yml from the install (all comments
        // in the integ-test-zip) and fills in derived settings.
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
            settings, Map.of(), null, () -> "odf-test-node");
        LogConfigurator.setNodeName("odf-test-node");
        LogConfigurator.configure(environment, true);

        Node node = new Node(environment);
        CountDownLatch stopped = new CountDownLatch(1);

        // SIGTERM/SIGINT run shutdown hooks: close the node so Lucene files and
        // the node lock are released before the JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.prepareForClose();
                node.close();
                node.awaitClose(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                System.out.println("STOPPED");
                System.out.flush();
                stopped.countDown();
            }
        }, "esnode-shutdown"));

        if (opts.containsKey("exit-on-stdin-eof")) {
            // The parent (pytest) holds our stdin open. If it dies without
            // stopping us, stdin hits EOF and we exit instead of lingering.
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) {
                        // ignore input
                    }
                } catch (IOException ignored) {
                    // treat like EOF
                }
                System.exit(0);
            }, "esnode-stdin-watcher");
            watcher.setDaemon(true);
            watcher.start();
        }

        try {
            node.start();
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }

        TransportAddress http = node.injector().getInstance(HttpServerTransport.class)
            .boundAddress().publishAddress();
        System.out.println("READY http://" + http.getAddress() + ":" + http.getPort());
        System.out.flush();

        // Block the main thread; the JVM ends through the shutdown hook.
        stopped.await();
    }

    /** "--key value" and bare "--flag" pairs; keeps the launcher dependency-free. */
    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") == false) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            String key = args[i].substring(2);
            if (i + 1 < args.length && args[i + 1].startsWith("--") == false) {
                opts.put(key, args[++i]);
            } else {
                opts.put(key, "true");
            }
        }
        return opts;
    }

    private static String required(Map<String, String> opts, String key) {
        String value = opts.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return value;
    }
}
