package com.designcoach.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled}: the grading worker polls the durable queue. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {

}
