package com.designcoach.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Refuses U+0000 in every JSON string the API reads: PostgreSQL cannot store it in text
 * columns, and a refusal at the door names the field instead of failing at the database.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

	@Bean
	JsonMapperBuilderCustomizer rejectNulCharacters() {
		SimpleModule module = new SimpleModule("reject-nul-characters");
		module.addDeserializer(String.class, new NulRejectingStringDeserializer());
		return builder -> builder.addModule(module);
	}

	static class NulRejectingStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (value != null && value.indexOf('\0') >= 0) {
				throw DatabindException.from(parser, "NUL character in a string", new NulCharacterException());
			}
			if (value != null && hasLoneSurrogate(value)) {
				// Not a character at all: UTF-8 cannot encode it, so it would be stored
				// as '?'.
				throw DatabindException.from(parser, "Lone surrogate in a string", new IllegalArgumentException());
			}
			return value;
		}

		static boolean hasLoneSurrogate(String value) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (Character.isHighSurrogate(c) && i + 1 < value.length()
						&& Character.isLowSurrogate(value.charAt(i + 1))) {
					i++;
				}
				else if (Character.isSurrogate(c)) {
					return true;
				}
			}
			return false;
		}

	}

}
