package com.designcoach.judge.llm;

/**
 * Where the judge's model lives; all null for the offline judge. The key is never
 * printed.
 */
record ModelEndpoint(String provider, String baseUrl, String model, String apiKey) {

	static ModelEndpoint none() {
		return new ModelEndpoint(null, null, null, null);
	}

	@Override
	public String toString() {
		return "ModelEndpoint[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + "]";
	}

}
