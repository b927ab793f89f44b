package com.designcoach.interview;

import java.net.URI;
import java.security.Principal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/interviews/{id}/questions}: the candidate asks the interviewer. */
@RestController
class InterviewQuestionController {

	private final InterviewQuestions questions;

	InterviewQuestionController(InterviewQuestions questions) {
		this.questions = questions;
	}

	@PostMapping("/api/interviews/{id}/questions")
	ResponseEntity<AskedQuestion> ask(@PathVariable String id, @RequestBody AskQuestion request, Principal user) {
		AskedQuestion asked = questions.ask(user.getName(), id, request.question());
		return ResponseEntity.created(URI.create("/api/interviews/" + id + "/questions/" + asked.id())).body(asked);
	}

}
