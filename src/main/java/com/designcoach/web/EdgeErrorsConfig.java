package com.designcoach.web;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Problem documents for the requests refused before Spring MVC sees them: by Tomcat (its
 * error page) and by Spring Security's firewall (which would otherwise fall through to
 * Boot's {@code /error} JSON).
 */
@Configuration(proxyBeanMethods = false)
class EdgeErrorsConfig {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

	@Bean
	RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
		return (request, response, ex) -> problems.write(response, HttpStatus.BAD_REQUEST, "Bad request",
				"The request path or headers are not acceptable");
	}

}
