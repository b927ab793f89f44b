package com.designcoach.scenario;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioVersionRepository extends JpaRepository<ScenarioVersion, Long> {

	Optional<ScenarioVersion> findByScenarioIdAndVersion(Long scenarioId, int version);

	List<ScenarioVersion> findAllByScenarioIdOrderByVersionDesc(Long scenarioId);

}
