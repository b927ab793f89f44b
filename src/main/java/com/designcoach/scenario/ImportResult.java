package com.designcoach.scenario;

record ImportResult(int created, int updated) {
}
