package com.designcoach.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The boundaries between features, kept by a test rather than by memory: feature packages
 * form no cycle, entities and repositories never leave their feature, the judges know
 * nothing of HTTP or the database, and {@code web/} is plumbing that no feature logic
 * lives in.
 */
class ArchitectureTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.designcoach");

	private static final String[] FEATURES = { "com.designcoach.account..", "com.designcoach.diagram..",
			"com.designcoach.grading..", "com.designcoach.interview..", "com.designcoach.judge..",
			"com.designcoach.judgereport..", "com.designcoach.practice..", "com.designcoach.rubric..",
			"com.designcoach.scenario.." };

	private static final int MAX_CLASS_LINES = 250;

	static ArchRule featuresFreeOfCycles(String root) {
		return slices().matching(root + ".(*)..").namingSlices("$1").should().beFreeOfCycles();
	}

	@Test
	void featurePackagesFormNoCycle() {
		featuresFreeOfCycles("com.designcoach").check(MAIN);
	}

	@Test
	void theCycleRuleCatchesADeliberateCycle() {
		JavaClasses withCycle = new ClassFileImporter().importPackages("com.designcoach.architecture.cycle");
		assertThatThrownBy(() -> featuresFreeOfCycles("com.designcoach.architecture.cycle").check(withCycle))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("Cycle detected");
	}

	@Test
	void entitiesAndRepositoriesStayInsideTheirFeature() {
		classes().that().areAnnotatedWith(Entity.class).should().notHaveModifier(JavaModifier.PUBLIC).check(MAIN);
		classes().that().areAssignableTo(Repository.class).should().notHaveModifier(JavaModifier.PUBLIC).check(MAIN);
	}

	/**
	 * A feature's public surface is what other features use (its service facade, its
	 * record DTOs, a few value types); everything else stays package-private, so a class
	 * made public "just in case" is caught here.
	 */
	@Test
	void publicClassesOfAFeatureAreUsedOutsideItsPackage() {
		classes().that()
			.resideInAnyPackage(FEATURES)
			.and()
			.arePublic()
			.and()
			.areTopLevelClasses()
			.should(beUsedFromAnotherPackage())
			.check(MAIN);
	}

	private static ArchCondition<JavaClass> beUsedFromAnotherPackage() {
		return new ArchCondition<>("be used from another package") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				boolean usedOutside = type.getDirectDependenciesToSelf()
					.stream()
					.anyMatch(
							dependency -> !dependency.getOriginClass().getPackageName().equals(type.getPackageName()));
				if (!usedOutside) {
					events.add(SimpleConditionEvent.violated(type,
							type.getName() + " is public, but only its own package uses it"));
				}
			}
		};
	}

	@Test
	void controllersAreNotPartOfAnyPublicSurface() {
		classes().that()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.check(MAIN);
	}

	@Test
	void judgesKnowNothingOfHttpServingOrPersistence() {
		noClasses().that()
			.resideInAnyPackage("com.designcoach.judge..", "com.designcoach.diagram..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.designcoach.web..", "org.springframework.web..", "jakarta.servlet..",
					"jakarta.persistence..", "org.springframework.data..", "org.springframework.jdbc..",
					"org.springframework.transaction..")
			.check(MAIN);
	}

	@Test
	void webIsHttpPlumbingOnly() {
		noClasses().that()
			.resideInAPackage("com.designcoach.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES)
			.check(MAIN);
	}

	@Test
	void noMainClassIsLongerThanItsLimit() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			List<String> tooLong = files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> lines(file) > MAX_CLASS_LINES)
				.map(file -> file + " (" + lines(file) + " lines)")
				.toList();
			assertThat(tooLong).as("main classes over %d lines", MAX_CLASS_LINES).isEmpty();
		}
	}

	private static long lines(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.count();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
