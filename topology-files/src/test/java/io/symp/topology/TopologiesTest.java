package io.symp.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TopologiesTest {
    @Test
    void shouldShipThePapersTopologyWithItsMeasures() {
        Topology t = Topologies.resolve("paper-21");
        GraphMeasures m = t.measures();
        assertEquals(21, t.peers().size());
        assertEquals(31, t.links().size());
        assertEquals("5.03", String.format(java.util.Locale.ROOT, "%.2f", m.averageHops()));
        assertEquals(14, m.diameter());
        assertEquals(7, GraphMeasures.distancesFrom(t, 4).get(16L), "the paper: 4 to 16 is 7 hops");
        assertTrue(m.connected());
    }

    @ParameterizedTest
    @CsvSource({"line-5,5,4,4,1,2", "ring-6,6,6,3,2,2", "mesh-4,4,6,1,3,3", "star-5,5,4,2,1,4"})
    void shouldGenerateTheFamilies(String name, int peers, int links, int diameter,
                                   int degreeMin, int degreeMax) {
        Topology t = Topologies.resolve(name);
        assertEquals(peers, t.peers().size());
        assertEquals(links, t.links().size());
        assertEquals(diameter, t.measures().diameter());
        assertEquals(degreeMin, t.measures().degreeMin());
        assertEquals(degreeMax, t.measures().degreeMax());
    }

    static LongStream seeds() {
        return LongStream.range(1, 51);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shouldGenerateConnectedRandomGraphsReproduciblyBySeed(long seed) {
        String name = "random-30-3-s" + seed;
        Topology t = Topologies.resolve(name);
        assertTrue(t.measures().connected(), "seed " + seed);
        assertEquals(45, t.links().size(), "mean degree 3 over 30 peers; seed " + seed);
        assertEquals(t.toText(), Topologies.resolve(name).toText(), "seed " + seed);
    }

    @Test
    void shouldGiveDifferentRandomGraphsForDifferentSeeds() {
        assertNotEquals(Topologies.resolve("random-30-3-s1").toText(),
                Topologies.resolve("random-30-3-s2").toText());
    }

    @Test
    void shouldNameTheShippedTopologiesWhenANameIsUnknown() {
        TopologyException e =
                assertThrows(TopologyException.class, () -> Topologies.resolve("paper-22"));
        assertTrue(e.getMessage().contains("no such file or shipped name"), e.getMessage());
        assertTrue(e.getMessage().contains("paper-21"), e.getMessage());
    }

    @Test
    void shouldRefuseImpossibleGeneratedSizes() {
        assertThrows(TopologyException.class, () -> Topologies.resolve("line-1"));
        assertThrows(TopologyException.class, () -> Topologies.resolve("random-10-12"));
    }
}
