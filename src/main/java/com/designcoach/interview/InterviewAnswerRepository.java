package com.designcoach.interview;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InterviewAnswerRepository extends JpaRepository<InterviewAnswer, Long> {

	List<InterviewAnswer> findAllByInterviewIdOrderByStepOrderAsc(long interviewId);

	Optional<InterviewAnswer> findByInterviewIdAndStepKey(long interviewId, String stepKey);

	// The follow-up is written apart from the answer so that it never bumps the answer's version.
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "update interview_answer set follow_up_question = :question, updated_at = now() "
			+ "where interview_id = :interviewId and step_key = :stepKey", nativeQuery = true)
	void setFollowUpQuestion(long interviewId, String stepKey, String question);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "update interview_answer set follow_up_reply = :reply, updated_at = now() "
			+ "where interview_id = :interviewId and step_key = :stepKey", nativeQuery = true)
	void setFollowUpReply(long interviewId, String stepKey, String reply);

}
