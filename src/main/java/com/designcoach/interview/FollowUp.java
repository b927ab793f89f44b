package com.designcoach.interview;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
record FollowUp(String question, String reply) {
}
