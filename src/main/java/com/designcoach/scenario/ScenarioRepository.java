package com.designcoach.scenario;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioRepository extends JpaRepository<Scenario, Long> {

	Optional<Scenario> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Scenario> findAllByArchivedFalseOrderByTitleAsc();

	List<Scenario> findAllByOrderByIdAsc();

}
