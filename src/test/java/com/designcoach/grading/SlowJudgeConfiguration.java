package com.designcoach.grading;

import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.Judge;
import com.designcoach.judge.JudgeInfo;
import com.designcoach.judge.StepVerdict;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * For the crash test only (profile {@code slow-judge}, set in the child process it
 * starts): the active judge, slowed (one step a second by default,
 * {@code slow-judge.millis}) so tests can kill the service mid-grading.
 */
@Configuration(proxyBeanMethods = false)
@Profile("slow-judge")
class SlowJudgeConfiguration {

	@Bean
	static BeanPostProcessor slowDownTheActiveJudge(
			@org.springframework.beans.factory.annotation.Value("${slow-judge.millis:1000}") long millis) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (!"activeJudge".equals(name)) {
					return bean;
				}
				Judge judge = (Judge) bean;
				return new Judge() {
					@Override
					public JudgeInfo info() {
						return judge.info();
					}

					@Override
					public StepVerdict gradeStep(InterviewContext interview, String stepKey) {
						try {
							Thread.sleep(millis);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
						return judge.gradeStep(interview, stepKey);
					}
				};
			}
		};
	}

}
