package com.designcoach.rubric;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RubricStepRepository extends JpaRepository<RubricStep, String> {

	List<RubricStep> findAllByOrderByOrderAsc();

}
