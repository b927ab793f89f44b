package com.designcoach.interview;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InterviewAnswerRepository extends JpaRepository<InterviewAnswer, Long> {

	List<InterviewAnswer> findAllByInterviewIdOrderByStepOrderAsc(long interviewId);

	Optional<InterviewAnswer> findByInterviewIdAndStepKey(long interviewId, String stepKey);

	long countByInterviewId(long interviewId);

	/**
	 * The step keys of every interview of a user, in step order: one query for the
	 * history.
	 */
	@Query(value = "select a.interview_id as interviewId, a.step_key as stepKey from interview_answer a "
			+ "join interview i on i.id = a.interview_id where i.user_id = :userId order by a.interview_id, a.step_order",
			nativeQuery = true)
	List<StepKeyRow> stepKeysOfUser(long userId);

	interface StepKeyRow {

		long getInterviewId();

		String getStepKey();

	}

	// The follow-up is written apart from the answer so that it never bumps the answer's
	// version.
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "update interview_answer set follow_up_question = :question, updated_at = now() "
			+ "where interview_id = :interviewId and step_key = :stepKey", nativeQuery = true)
	void setFollowUpQuestion(long interviewId, String stepKey, String question);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "update interview_answer set follow_up_reply = :reply, updated_at = now() "
			+ "where interview_id = :interviewId and step_key = :stepKey", nativeQuery = true)
	void setFollowUpReply(long interviewId, String stepKey, String reply);

}
