package com.designcoach;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DesignCoachApplication {

	public static void main(String[] args) {
		SpringApplication.run(DesignCoachApplication.class, args);
	}

}
