package com.designcoach.judge;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.designcoach.rubric.StepKeys;
import com.designcoach.scenario.ScenarioDocument;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * Whether in-process embedding models improve the offline judge: every answer set graded
 * with the keywords alone and with a {@link SemanticMatcher} backed by LangChain4j's ONNX
 * models voting beside them, with the figures of {@link JudgeQualityReport} per set; then
 * the models' load time, jar cost, and the median grading time of the ~1,600-word
 * interviews of {@link OfflineJudgeBenchmark} with embeddings. Not a test: run it with
 *
 * <pre>
 * ./mvnw -q -Dfrontend.skip=true test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.designcoach.judge.EmbeddingJudgeExperiment [-Dexec.args="--timing-only"]
 * </pre>
 *
 * For one core, prefix the command with {@code taskset -c 0} (ONNX Runtime otherwise runs
 * its operators on every core). English pairs go to the English model (bge-small-en-v1.5,
 * or all-MiniLM-L6-v2), any pair with a mostly-Chinese side to bge-small-zh-v1.5, which
 * reads the English terms of mixed text too.
 */
public final class EmbeddingJudgeExperiment {

	private EmbeddingJudgeExperiment() {
	}

	/**
	 * One model, with its embeddings cached: key points for good, sentences until
	 * {@link #forgetSentences}.
	 */
	static final class Embedder {

		final String name;

		final EmbeddingModel model;

		private final Map<String, float[]> keyPoints = new ConcurrentHashMap<>();

		private final Map<String, float[]> sentences = new ConcurrentHashMap<>();

		int embedded;

		Embedder(String name, EmbeddingModel model) {
			this.name = name;
			this.model = model;
		}

		float[] keyPoint(String text) {
			return keyPoints.computeIfAbsent(text, this::embed);
		}

		float[] sentence(String text) {
			return sentences.computeIfAbsent(text, this::embed);
		}

		private float[] embed(String text) {
			embedded++;
			return model.embed(text).content().vector();
		}

		void forgetSentences() {
			sentences.clear();
		}

	}

	/**
	 * Routes each pair to a model and puts its cosine on the judge's scale: a model's own
	 * "touches" threshold maps to 0.5 and its "covers" threshold to 1 (models differ in
	 * how similar unrelated text looks).
	 */
	static final class EmbeddingMatcher implements SemanticMatcher {

		final String label;

		final Embedder english;

		final Embedder chinese;

		final double[] englishThresholds;

		final double[] chineseThresholds;

		EmbeddingMatcher(String label, Embedder english, double[] englishThresholds, Embedder chinese,
				double[] chineseThresholds) {
			this.label = label;
			this.english = english;
			this.chinese = chinese;
			this.englishThresholds = englishThresholds;
			this.chineseThresholds = chineseThresholds;
		}

		@Override
		public double similarity(String keyPointText, String sentence) {
			boolean zh = Text.mostlyChinese(keyPointText) || Text.mostlyChinese(sentence);
			Embedder model = zh ? chinese : english;
			double[] t = zh ? chineseThresholds : englishThresholds;
			double cosine = cosine(model.keyPoint(keyPointText), model.sentence(sentence));
			return 0.5 + 0.5 * (cosine - t[1]) / (t[0] - t[1]);
		}

		@Override
		public double covers() {
			return 1;
		}

		@Override
		public double touches() {
			return 0.5;
		}

		void forgetSentences() {
			english.forgetSentences();
			chinese.forgetSentences();
		}

		/**
		 * Where the answer being graded is from, for {@link #upgrades}; null: record
		 * nothing.
		 */
		String context;

		/**
		 * Every key point the vote lifted: context, key point, old → new strength,
		 * evidence sentence.
		 */
		final List<String[]> upgrades = new ArrayList<>();

		/**
		 * Whether the vote may only complete a point a keyword already half covers (0.5 →
		 * 1), never start one.
		 */
		boolean promoteOnly;

		EmbeddingMatcher promoteOnly() {
			EmbeddingMatcher copy = new EmbeddingMatcher(label + " promote-only", english, englishThresholds, chinese,
					chineseThresholds);
			copy.promoteOnly = true;
			return copy;
		}

		@Override
		public Coverage vote(Coverage lexical, List<Text.Sentence> said) {
			if (promoteOnly && lexical.strength() < 0.5) {
				return lexical;
			}
			Coverage voted = SemanticMatcher.super.vote(lexical, said);
			if (promoteOnly && voted.strength() < 1) {
				return lexical;
			}
			if (context != null && voted != lexical) {
				upgrades.add(new String[] { context, lexical.keyPoint().text(),
						lexical.strength() + " -> " + voted.strength(), voted.evidence().original() });
			}
			return voted;
		}

	}

	static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return dot / Math.sqrt(na * nb);
	}

	record Figures(int suites, double ordering, double spearman, double padMean, String padWorst, String offTopic,
			String injection, double verbatim, double strong, double partial, double weak, double offTopicMean,
			double padded) {
	}

	public static void main(String[] args) {
		Locale.setDefault(Locale.ROOT);
		boolean timingOnly = List.of(args).contains("--timing-only");
		boolean noTiming = List.of(args).contains("--no-timing");

		System.out
			.println("== model load (static initialiser: ONNX model and tokenizer from the jar) and first embedding");
		Embedder bgeEn = load("bge-small-en-v15-q", () -> new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run));
		Embedder bgeZh = load("bge-small-zh-v15-q", () -> new BgeSmallZhV15QuantizedEmbeddingModel(Runnable::run));
		Embedder miniLm = load("all-minilm-l6-v2-q", () -> new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
		jarCost();

		// Thresholds (covers, touches) on raw cosine per model, from the calibration
		// printed below.
		double[] zh = arg(args, "--zh", new double[] { 0.80, 0.72 });
		List<EmbeddingMatcher> matchers = new ArrayList<>();
		for (double[] en : List.of(new double[] { 0.80, 0.72 }, new double[] { 0.84, 0.76 },
				new double[] { 0.88, 0.80 }, new double[] { 0.92, 0.84 })) {
			matchers.add(new EmbeddingMatcher(
					String.format("bge-en %.2f/%.2f + bge-zh %.2f/%.2f", en[0], en[1], zh[0], zh[1]), bgeEn, en, bgeZh,
					zh));
		}
		for (double[] en : List.of(new double[] { 0.60, 0.45 }, new double[] { 0.70, 0.55 })) {
			matchers.add(new EmbeddingMatcher(
					String.format("minilm %.2f/%.2f + bge-zh %.2f/%.2f", en[0], en[1], zh[0], zh[1]), miniLm, en, bgeZh,
					zh));
		}
		// Conservative: the vote only completes what a keyword started.
		matchers.add(new EmbeddingMatcher("bge 0.80", bgeEn, new double[] { 0.80, 0.72 }, bgeZh, zh).promoteOnly());
		matchers.add(
				new EmbeddingMatcher("bge 0.76", bgeEn, new double[] { 0.76, 0.68 }, bgeZh, new double[] { 0.72, 0.66 })
					.promoteOnly());

		if (!timingOnly) {
			Map<String, List<JudgeQualityReport.Suite>> sets = new LinkedHashMap<>();
			sets.put("shipped", JudgeQualityReport.resourceSuites("judge-quality"));
			sets.put("held-out", JudgeQualityReport.resourceSuites("judge-holdout"));
			Path real = JudgeQualityReport.realAnswers();
			if (real != null) {
				sets.put("real", JudgeQualityReport.realSuites(real));
			}
			else {
				System.out.println("(no ../shared/real-answers: the real set is skipped)");
			}
			ScenarioBank bank = ScenarioBank.of(JudgeQualityReport.bank(sets));
			if (List.of(args).contains("--calibrate")) {
				calibrate(sets, List.of(bgeEn, miniLm), bgeZh);
			}

			System.out.println();
			System.out.println("== quality, per set (means: overall 0-100 per variant)");
			System.out.printf("%-36s %-9s %6s %8s %8s %8s %9s %9s %9s %8s | %6s %6s %6s %6s %6s%n", "judge", "set",
					"suites", "ordering", "spearman", "pad-mean", "pad-worst", "off-topic", "injection", "verbatim",
					"strong", "partial", "weak", "off", "padded");
			List<SemanticMatcher> all = new ArrayList<>();
			all.add(null);
			all.addAll(matchers);
			for (SemanticMatcher matcher : all) {
				OfflineJudge judge = new OfflineJudge(bank, matcher);
				String label = matcher == null ? "keywords only (today)" : ((EmbeddingMatcher) matcher).label;
				sets.forEach((set, suites) -> {
					Figures f = figures(judge, suites);
					System.out.printf(
							"%-36s %-9s %6d %8.2f %8.2f %8.1f %9s %9s %9s %8.3f | %6.1f %6.1f %6.1f %6.1f %6.1f%n",
							label, set, f.suites(), f.ordering(), f.spearman(), f.padMean(), f.padWorst(), f.offTopic(),
							f.injection(), f.verbatim(), f.strong(), f.partial(), f.weak(), f.offTopicMean(),
							f.padded());
				});
			}
			System.out.println();
			System.out.println(
					"== what the vote changed: key points lifted per variant, and lifts whose evidence is padding filler");
			for (EmbeddingMatcher matcher : matchers) {
				matcher.upgrades.clear();
				OfflineJudge judge = new OfflineJudge(bank, matcher);
				Map<String, Integer> filler = new LinkedHashMap<>();
				List<String[]> fillerExamples = new ArrayList<>();
				sets.forEach((set, suites) -> suites.forEach(suite -> suite.variants().forEach((variant, answers) -> {
					int before = matcher.upgrades.size();
					matcher.context = set + " " + variant;
					JudgeQualityReport.grade(judge, suite.scenario(), answers);
					matcher.context = null;
					if (variant.equals("padded") && suite.variants().containsKey("partial")) {
						String partial = String.join("\n", suite.variants().get("partial").values());
						for (String[] lift : matcher.upgrades.subList(before, matcher.upgrades.size())) {
							if (!partial.contains(lift[3])) {
								filler.merge(set, 1, Integer::sum);
								fillerExamples.add(lift);
							}
						}
					}
				})));
				Map<String, Integer> perVariant = new java.util.TreeMap<>();
				matcher.upgrades.forEach(lift -> perVariant.merge(lift[0], 1, Integer::sum));
				System.out.printf("%-36s lifts %s; evidence from filler %s%n", matcher.label, perVariant, filler);
				if (List.of(args).contains("--examples")) {
					matcher.upgrades.stream()
						.limit(40)
						.forEach(lift -> System.out.printf("    [%s] %s (%s)%n      <- %s%n", lift[0], lift[1], lift[2],
								lift[3].length() > 160 ? lift[3].substring(0, 160) + "..." : lift[3]));
					fillerExamples.stream()
						.limit(8)
						.forEach(lift -> System.out.printf("    FILLER [%s] %s (%s)%n      <- %s%n", lift[0], lift[1],
								lift[2], lift[3]));
				}
			}
			if (List.of(args).contains("--rows")) {
				for (SemanticMatcher matcher : all) {
					OfflineJudge judge = new OfflineJudge(bank, matcher);
					System.out
						.println("-- " + (matcher == null ? "keywords only" : ((EmbeddingMatcher) matcher).label));
					sets.forEach((set, suites) -> suites.forEach(suite -> {
						Map<String, Integer> line = new LinkedHashMap<>();
						suite.variants()
							.forEach((variant, answers) -> line.put(variant,
									JudgeQualityReport.grade(judge, suite.scenario(), answers).overall()));
						System.out.printf("  %-9s %-36s %s%n", set, suite.name(), line);
					}));
				}
			}
		}
		if (!noTiming) {
			timing(List.of(matchers.get(0), matchers.get(1), matchers.get(4)));
		}
	}

	private static double[] arg(String[] args, String name, double[] fallback) {
		List<String> list = List.of(args);
		int i = list.indexOf(name);
		if (i < 0 || i + 1 >= list.size()) {
			return fallback;
		}
		return Arrays.stream(list.get(i + 1).split("/")).mapToDouble(Double::parseDouble).toArray();
	}

	private static Embedder load(String name, Supplier<EmbeddingModel> factory) {
		long t0 = System.nanoTime();
		EmbeddingModel model = factory.get();
		long t1 = System.nanoTime();
		model.embed("Cache the embeddings of the key points once.");
		long t2 = System.nanoTime();
		System.out.printf("%-20s load %6.0f ms, first embedding %5.0f ms, dimension %d%n", name, (t1 - t0) / 1e6,
				(t2 - t1) / 1e6, model.dimension());
		return new Embedder(name, model);
	}

	/**
	 * The jars each model brings: its own, plus what all of them share (ONNX Runtime,
	 * DJL's tokenizer, LangChain4j's glue).
	 */
	private static void jarCost() {
		Map<String, Class<?>> jars = new LinkedHashMap<>();
		jars.put("bge-small-en-v15-q", BgeSmallEnV15QuantizedEmbeddingModel.class);
		jars.put("bge-small-zh-v15-q", BgeSmallZhV15QuantizedEmbeddingModel.class);
		jars.put("all-minilm-l6-v2-q", AllMiniLmL6V2QuantizedEmbeddingModel.class);
		jars.put("shared: langchain4j-embeddings", dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder.class);
		jars.put("shared: onnxruntime", ai.onnxruntime.OrtSession.class);
		jars.put("shared: djl tokenizers", ai.djl.huggingface.tokenizers.HuggingFaceTokenizer.class);
		jars.put("shared: djl api", ai.djl.util.Platform.class);
		System.out.println("== jar cost");
		long shared = 0;
		for (Map.Entry<String, Class<?>> jar : jars.entrySet()) {
			try {
				File file = new File(jar.getValue().getProtectionDomain().getCodeSource().getLocation().toURI());
				shared += jar.getKey().startsWith("shared") ? file.length() : 0;
				System.out.printf("%-32s %6.1f MB  %s%n", jar.getKey(), file.length() / 1e6, file.getName());
			}
			catch (Exception ex) {
				System.out.printf("%-32s ? (%s)%n", jar.getKey(), ex);
			}
		}
		System.out.printf("%-32s %6.1f MB%n", "shared by every model", shared / 1e6);
	}

	/**
	 * How similar the models find a key point and the closest sentence of an answer: for
	 * key points the keywords cover in the strong answer (the positives), for those they
	 * miss in the strong answer, and for every key point against the off-topic and
	 * against the padded answer (filler must stay below the thresholds).
	 */
	private static void calibrate(Map<String, List<JudgeQualityReport.Suite>> sets, List<Embedder> englishModels,
			Embedder chinese) {
		System.out.println();
		System.out.println("== calibration: cosine of each key point to its closest sentence (p10 / p50 / p90)");
		for (Embedder english : englishModels) {
			Map<String, List<Double>> buckets = new LinkedHashMap<>();
			for (Map.Entry<String, List<JudgeQualityReport.Suite>> set : sets.entrySet()) {
				for (JudgeQualityReport.Suite suite : set.getValue()) {
					CompiledScenario scenario = new CompiledScenario(suite.scenario());
					for (String step : StepKeys.ALL) {
						List<CompiledScenario.CompiledKeyPoint> points = scenario.keyPoints(step);
						Map<String, List<Text.Sentence>> byVariant = new HashMap<>();
						suite.variants()
							.forEach((variant, answers) -> byVariant.put(variant,
									ScreenedAnswer.of(answers.getOrDefault(step, "")).sentences()));
						List<Coverage> strong = Coverage.ofStep(points, byVariant.getOrDefault("strong", List.of()));
						for (int i = 0; i < points.size(); i++) {
							String point = points.get(i).text();
							for (String variant : List.of("strong", "off-topic", "padded", "weak")) {
								List<Text.Sentence> sentences = byVariant.get(variant);
								if (sentences == null || sentences.isEmpty()) {
									continue;
								}
								double best = -1;
								String lang = "en";
								for (Text.Sentence sentence : sentences) {
									if (sentence.terms().size() < SemanticMatcher.MIN_TERMS) {
										continue;
									}
									boolean zh = Text.mostlyChinese(point) || Text.mostlyChinese(sentence.original());
									Embedder model = zh ? chinese : english;
									lang = zh ? "zh" : "en";
									best = Math.max(best,
											cosine(model.keyPoint(point), model.sentence(sentence.original())));
								}
								if (best < 0) {
									continue;
								}
								String bucket = variant.equals("strong") ? (strong.get(i).strength() >= 1
										? "strong, keyword-covered" : "strong, keyword-missed") : variant;
								buckets
									.computeIfAbsent(set.getKey() + " " + lang + " " + bucket, k -> new ArrayList<>())
									.add(best);
							}
						}
					}
				}
			}
			System.out.println("-- English model " + english.name + " (zh pairs: " + chinese.name + ")");
			buckets.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(bucket -> {
				double[] v = bucket.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
				System.out.printf("  %-44s n=%4d  %.3f / %.3f / %.3f%n", bucket.getKey(), v.length,
						v[(int) (v.length * 0.1)], v[v.length / 2], v[Math.min(v.length - 1, (int) (v.length * 0.9))]);
			});
		}
	}

	/**
	 * The figures of {@link JudgeQualityReport}, plus the mean overall score of each
	 * variant.
	 */
	static Figures figures(OfflineJudge judge, List<JudgeQualityReport.Suite> suites) {
		QualityTally tally = new QualityTally();
		Map<String, double[]> means = new HashMap<>();
		for (JudgeQualityReport.Suite suite : suites) {
			Map<String, JudgeQualityReport.Graded> graded = new LinkedHashMap<>();
			suite.variants()
				.forEach((variant, answers) -> graded.put(variant,
						JudgeQualityReport.grade(judge, suite.scenario(), answers)));
			graded.forEach((variant, g) -> {
				double[] m = means.computeIfAbsent(variant, k -> new double[2]);
				m[0] += g.overall();
				m[1]++;
			});
			tally.add(graded);
		}
		java.util.function.Function<String, Double> mean = variant -> {
			double[] m = means.get(variant);
			return m == null ? Double.NaN : m[0] / m[1];
		};
		return new Figures(suites.size(), tally.ordering(), tally.spearman(), tally.padMean(), tally.padWorst(),
				tally.falseOffTopic(), tally.falseInjection(), tally.verbatimShare(), mean.apply("strong"),
				mean.apply("partial"), mean.apply("weak"), mean.apply("off-topic"), mean.apply("padded"));
	}

	/**
	 * The interviews of {@link OfflineJudgeBenchmark} (the strong answers of three
	 * shipped scenarios, each made unique; then their partial answers, where far more key
	 * points are left to the vote), graded with embeddings on this thread. Key-point
	 * embeddings stay cached, as a service would keep them; sentence embeddings are
	 * dropped before every interview, so each one pays for its own sentences. Last, the
	 * batch form's cost: every sentence of every step embedded once.
	 */
	private static void timing(List<EmbeddingMatcher> matchers) {
		List<String> slugs = List.of("rag-internal-docs-chatbot", "llm-serving-billion-users",
				"feature-platform-point-in-time");
		List<ScenarioDocument> scenarios = slugs.stream().map(JudgeFixtures::scenario).toList();
		java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		System.out.println();
		System.out.printf(
				"== speed: one calling thread, %d available processor(s); wall, and CPU of the calling thread%n",
				Runtime.getRuntime().availableProcessors());
		for (String variant : List.of("strong", "partial")) {
			List<Map<String, String>> answers = slugs.stream()
				.map(slug -> JudgeFixtures.answers(slug, variant))
				.toList();
			int words = answers.stream()
				.mapToInt(a -> a.values().stream().mapToInt(text -> text.split("\\s+").length).sum())
				.sum() / answers.size();
			List<SemanticMatcher> all = new ArrayList<>();
			all.add(null);
			all.addAll(matchers);
			for (SemanticMatcher matcher : all) {
				OfflineJudge judge = new OfflineJudge(JudgeFixtures.bank(), matcher);
				int warmup = matcher == null ? 200 : 6;
				int measured = matcher == null ? 300 : 21;
				long[] nanos = new long[measured];
				long[] cpu = new long[measured];
				int embeddedBefore = 0;
				for (int i = 0; i < warmup + measured; i++) {
					if (matcher != null) {
						((EmbeddingMatcher) matcher).forgetSentences();
					}
					int pick = i % scenarios.size();
					Map<String, String> text = new LinkedHashMap<>(answers.get(pick));
					text.put("framing", text.get("framing") + " Interview number " + i + ".");
					InterviewContext interview = JudgeFixtures.interview(scenarios.get(pick), text);
					if (i == warmup && matcher != null) {
						embeddedBefore = embedded((EmbeddingMatcher) matcher);
					}
					long c0 = threads.getCurrentThreadCpuTime();
					long t0 = System.nanoTime();
					for (String key : StepKeys.ALL) {
						judge.gradeStep(interview, key);
					}
					if (i >= warmup) {
						nanos[i - warmup] = System.nanoTime() - t0;
						cpu[i - warmup] = threads.getCurrentThreadCpuTime() - c0;
					}
				}
				Arrays.sort(nanos);
				Arrays.sort(cpu);
				System.out.printf(
						"%-8s ~%4d words  %-36s median %7.1f ms, p95 %7.1f ms wall; thread CPU median %7.1f ms; %s%n",
						variant, words, matcher == null ? "keywords only (today)" : ((EmbeddingMatcher) matcher).label,
						nanos[measured / 2] / 1e6, nanos[(int) (measured * 0.95)] / 1e6, cpu[measured / 2] / 1e6,
						matcher == null ? measured + " interviews"
								: String.format("%d interviews, %.0f sentences embedded per interview", measured,
										(embedded((EmbeddingMatcher) matcher) - embeddedBefore) / (double) measured));
			}
		}
		Map<Embedder, EmbeddingMatcher> byModel = new LinkedHashMap<>();
		matchers.forEach(matcher -> byModel.putIfAbsent(matcher.english, matcher));
		for (EmbeddingMatcher matcher : byModel.values()) {
			List<Map<String, String>> answers = slugs.stream()
				.map(slug -> JudgeFixtures.answers(slug, "strong"))
				.toList();
			long[] nanos = new long[9];
			int sentences = 0;
			for (int i = 0; i < nanos.length; i++) {
				matcher.forgetSentences();
				long t0 = System.nanoTime();
				for (String text : answers.get(i % answers.size()).values()) {
					for (Text.Sentence sentence : Text.sentences(text + " Interview number " + i + ".")) {
						boolean zh = Text.mostlyChinese(sentence.original());
						(zh ? matcher.chinese : matcher.english).sentence(sentence.original());
						sentences += i == 0 ? 1 : 0;
					}
				}
				nanos[i] = System.nanoTime() - t0;
			}
			Arrays.sort(nanos);
			System.out.printf(
					"batch form, every sentence of a strong interview embedded (%d sentences), %s: median %7.1f ms wall%n",
					sentences, matcher.english.name, nanos[nanos.length / 2] / 1e6);
		}
	}

	private static int embedded(EmbeddingMatcher matcher) {
		return matcher.english.embedded + matcher.chinese.embedded;
	}

}
