package com.designcoach.interview;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InterviewRepository extends JpaRepository<Interview, Long> {

	Optional<Interview> findByIdAndUserId(long id, long userId);

	/**
	 * Shares the interview row with other writers but not with a submit, so an answer is
	 * either saved before the answers freeze or refused after.
	 */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select i from Interview i where i.id = :id and i.userId = :userId")
	Optional<Interview> findForWrite(long id, long userId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Interview i where i.id = :id and i.userId = :userId")
	Optional<Interview> findForSubmit(long id, long userId);

	List<Interview> findAllByUserIdOrderByStartedAtDescIdDesc(long userId);

	@Modifying
	@Query(value = "update interview set status = :status, overall_score = :score, verdict = :verdict where id = :id",
			nativeQuery = true)
	void recordOutcome(long id, String status, Integer score, String verdict);

}
