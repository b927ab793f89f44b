package com.designcoach.interview;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;

import com.designcoach.grading.Feedback;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/interviews")
class InterviewController {

	private final InterviewService interviews;

	private final InterviewFollowUps followUps;

	private final GradingEvents events;

	InterviewController(InterviewService interviews, InterviewFollowUps followUps, GradingEvents events) {
		this.interviews = interviews;
		this.followUps = followUps;
		this.events = events;
	}

	@PostMapping
	ResponseEntity<InterviewView> start(@Valid @RequestBody StartRequest request, Principal user) {
		InterviewView interview = interviews.start(user.getName(), request.scenarioId(), request.steps());
		return ResponseEntity.created(URI.create("/api/interviews/" + interview.id())).body(interview);
	}

	@GetMapping
	List<InterviewSummary> list(Principal user) {
		return interviews.list(user.getName());
	}

	@GetMapping("/{id}")
	InterviewView get(@PathVariable String id, Principal user) {
		return interviews.get(user.getName(), id);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id, Principal user) {
		interviews.delete(user.getName(), id);
	}

	@PutMapping("/{id}/answers/{stepKey}")
	SavedAnswer save(@PathVariable String id, @PathVariable String stepKey, @Valid @RequestBody SaveAnswer answer,
			Principal user) {
		return interviews.save(user.getName(), id, stepKey, answer);
	}

	@PostMapping("/{id}/answers/{stepKey}/follow-up")
	Question followUp(@PathVariable String id, @PathVariable String stepKey, Principal user) {
		return followUps.followUp(user.getName(), id, stepKey);
	}

	@PutMapping("/{id}/answers/{stepKey}/follow-up")
	FollowUp reply(@PathVariable String id, @PathVariable String stepKey, @Valid @RequestBody FollowUpReply reply,
			Principal user) {
		return followUps.reply(user.getName(), id, stepKey, reply.text());
	}

	@PostMapping("/{id}/submit")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Submitted submit(@PathVariable String id, Principal user) {
		return interviews.submit(user.getName(), id);
	}

	@PostMapping("/{id}/regrade")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Submitted regrade(@PathVariable String id, Principal user) {
		return interviews.regrade(user.getName(), id);
	}

	@GetMapping("/{id}/feedback")
	Feedback feedback(@PathVariable String id, Principal user) {
		return interviews.feedback(user.getName(), id);
	}

	@GetMapping("/{id}/gradings")
	List<Feedback.Attempt> gradings(@PathVariable String id, Principal user) {
		return interviews.gradings(user.getName(), id);
	}

	@GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@PathVariable String id, Principal user) {
		return events.stream(user.getName(), () -> interviews.submitted(user.getName(), id));
	}

}
