package io.symp.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Module dependencies stay one-way (cli → record-replay → peer-core; topology-files alone),
 * checked on the compiled classes of each module rather than remembered.
 */
class ArchitectureTest {
    private static JavaClasses peerCore;
    private static JavaClasses recordReplay;
    private static JavaClasses topologyFiles;
    private static Set<String> cliNames;
    private static Set<String> recordNames;
    private static Set<String> coreNames;

    @BeforeAll
    static void importModules() {
        peerCore = classesOf("peer-core");
        recordReplay = classesOf("record-replay");
        topologyFiles = classesOf("topology-files");
        cliNames = names(classesOf("cli"));
        recordNames = names(recordReplay);
        coreNames = names(peerCore);
    }

    private static JavaClasses classesOf(String module) {
        Path dir = Path.of("..", module, "target", "classes");
        return Files.isDirectory(dir) ? new ClassFileImporter().importPath(dir) : new ClassFileImporter().importClasses();
    }

    private static Set<String> names(JavaClasses classes) {
        return classes.stream().map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> dependenciesInto(JavaClasses from, Set<String> into) {
        return from.stream().flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(Dependency::getTargetClass).map(JavaClass::getName)
                .filter(into::contains).distinct().sorted().toList();
    }

    @Test
    void shouldFindTheCompiledModules() {
        assertFalse(peerCore.isEmpty(), "peer-core classes are compiled before cli's tests run");
    }

    @Test
    void shouldKeepPeerCoreFreeOfRecordingAndCli() {
        assertEquals(List.of(), dependenciesInto(peerCore, recordNames));
        assertEquals(List.of(), dependenciesInto(peerCore, cliNames));
    }

    @Test
    void shouldKeepRecordReplayFreeOfCli() {
        assertEquals(List.of(), dependenciesInto(recordReplay, cliNames));
    }

    @Test
    void shouldKeepTopologyFilesStandingAlone() {
        Set<String> ours = new TreeSet<>(coreNames);
        ours.addAll(recordNames);
        ours.addAll(cliNames);
        assertEquals(List.of(), dependenciesInto(topologyFiles, ours));
    }

    @Test
    void shouldImportNettyOnlyInTheNetPackage() {
        noClasses().that().resideOutsideOfPackage("io.symp.net..")
                .should().dependOnClassesThat().resideInAPackage("io.netty..")
                .allowEmptyShould(true)
                .check(peerCore);
    }
}
