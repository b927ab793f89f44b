package com.designcoach.interview;

record Question(String question) {
}
