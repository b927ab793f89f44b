package com.designcoach.grading;

import com.designcoach.judge.InterviewContext;
import com.designcoach.judge.Judge;
import com.designcoach.judge.JudgeInfo;
import com.designcoach.judge.OfflineJudge;
import com.designcoach.judge.StepVerdict;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * For the crash test only (profile {@code slow-judge}, set in the child process it starts):
 * the offline judge, slowed to one step a second so the test can kill the service mid-grading.
 */
@Configuration(proxyBeanMethods = false)
@Profile("slow-judge")
class SlowJudgeConfiguration {

	@Bean
	@Primary
	Judge slowOfflineJudge(OfflineJudge offline) {
		return new Judge() {
			@Override
			public JudgeInfo info() {
				return offline.info();
			}

			@Override
			public StepVerdict gradeStep(InterviewContext interview, String stepKey) {
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return offline.gradeStep(interview, stepKey);
			}
		};
	}

}
