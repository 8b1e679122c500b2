package io.symp.cli;

import io.symp.app.Apps;
import java.util.Iterator;
import java.util.List;

/** Values shell completion offers (and help lists) for options with a closed or known set. */
final class Candidates {
    private Candidates() {}

    /** The built-in applications. */
    static final class AppNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Apps.builtIn().names().iterator();
        }
    }

    /** Shipped topologies as typed: the paper's, and each family at a typical size. */
    static final class TopologyNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("paper-21", "line-5", "ring-8", "mesh-4", "star-6", "random-20-3").iterator();
        }
    }

    static final class Protocols implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("symp", "paper", "both").iterator();
        }
    }

    static final class LinkOrders implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("ordered", "unordered").iterator();
        }
    }

    static final class RestartModes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("same-id", "new-id").iterator();
        }
    }

    static final class Grids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("paper").iterator();
        }
    }
}
