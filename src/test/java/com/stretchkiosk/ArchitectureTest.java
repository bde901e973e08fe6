package com.stretchkiosk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses KIOSK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.stretchkiosk");

    @Test
    void features_do_not_depend_on_each_other_in_a_cycle() {
        // The generated jOOQ classes name the domain's enums in their converters (the reading view's coded columns):
        // that is the schema pointing at the domain, not a feature depending on another.
        slices().matching("com.stretchkiosk.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("com.stretchkiosk.db.."), DescribedPredicate.alwaysTrue()).check(KIOSK);
    }

    @Test
    void vaadin_is_used_only_in_ui_packages_and_the_app_shell() {
        noClasses().that().resideOutsideOfPackages("..ui..", "com.stretchkiosk")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(KIOSK);
    }

    @Test
    void only_repositories_hold_a_dslcontext() {
        noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .and().resideOutsideOfPackage("com.stretchkiosk.db..")
                .should().dependOnClassesThat().areAssignableTo(DSLContext.class)
                .check(KIOSK);
    }

    @Test
    void repositories_are_used_only_by_services() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should().onlyBeAccessed().byClassesThat(simpleNameEndingWith("Service").or(simpleNameEndingWith("Repository")))
                .check(KIOSK);
    }

    @Test
    void repositories_are_not_public() {
        classes().that().haveSimpleNameEndingWith("Repository").should().notBePublic().check(KIOSK);
    }

    @Test
    void views_never_see_generated_jooq_classes() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.stretchkiosk.db..")
                .check(KIOSK);
    }

    @Test
    void views_talk_only_to_services_not_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat(simpleNameEndingWith("Repository")
                        .and(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("com.stretchkiosk..")))
                .check(KIOSK);
    }

    @Test
    void services_and_views_never_see_generated_jooq_records() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.stretchkiosk.db.tables.records..")
                .check(KIOSK);
    }

    /** Role names come from StudioUser's constants: a misspelt "MANAGERS" in an annotation would lock managers out. */
    @Test
    void role_names_are_written_once() throws java.io.IOException {
        // "DISPLAY" alone is also a device's kind; as a role it is written ROLE_DISPLAY or in @RolesAllowed.
        var literal = java.util.regex.Pattern.compile("\"(ROLE_)?(MANAGER|THERAPIST)\"|\"ROLE_DISPLAY\"|@RolesAllowed\\(\\{?\\s*\"");
        try (var sources = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            var offenders = sources.filter(p -> p.toString().endsWith(".java") && !p.endsWith("StudioUser.java"))
                    .filter(p -> {
                        try {
                            return literal.matcher(java.nio.file.Files.readString(p)).find();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
            org.assertj.core.api.Assertions.assertThat(offenders).as("role names written out instead of StudioUser's constants")
                    .isEmpty();
        }
    }

    /** NullAway checks only @NullMarked code (-XepOpt:NullAway:OnlyNullMarked): a package without it would go unchecked. */
    @Test
    void every_main_package_is_null_marked() throws java.io.IOException {
        try (var folders = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/com/stretchkiosk"))) {
            var unmarked = folders.filter(java.nio.file.Files::isDirectory).filter(folder -> {
                try (var files = java.nio.file.Files.list(folder)) {
                    if (files.noneMatch(f -> f.toString().endsWith(".java"))) {
                        return false;
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                java.nio.file.Path info = folder.resolve("package-info.java");
                try {
                    return !java.nio.file.Files.exists(info) || !java.nio.file.Files.readString(info).contains("@NullMarked");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            org.assertj.core.api.Assertions.assertThat(unmarked).as("packages without @NullMarked").isEmpty();
        }
    }
}
