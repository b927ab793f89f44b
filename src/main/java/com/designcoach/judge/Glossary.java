package com.designcoach.judge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups of words that mean the same thing in these interviews, in English and in Chinese,
 * so "p95" finds "95th percentile" and "latency" finds "延迟". A keyword that belongs to a
 * group matches any member of the group.
 */
final class Glossary {

	private static final String[][] GROUPS = {
			{ "latency", "response time", "延迟", "时延", "响应时间", "耗时" },
			{ "p95", "95th percentile", "p99", "99th percentile", "tail latency", "长尾延迟", "尾延迟" },
			{ "throughput", "qps", "rps", "requests per second", "吞吐", "并发" },
			{ "time to first token", "ttft", "首token", "首字延迟", "首字" },
			{ "cost", "budget", "spend", "成本", "费用", "预算", "开销" },
			{ "retrieval", "retrieve", "retriever", "recall stage", "检索", "召回" },
			{ "rerank", "reranker", "reranking", "re-rank", "cross-encoder", "cross encoder", "重排", "精排" },
			{ "chunk", "chunking", "split document", "分块", "切块", "切片", "分段" },
			{ "embedding", "embeddings", "vector", "dense vector", "向量", "嵌入" },
			{ "vector database", "vector store", "vector index", "向量数据库", "向量库", "向量索引" },
			{ "hybrid search", "hybrid retrieval", "bm25", "keyword search", "混合检索", "关键词检索" },
			{ "access control", "acl", "permission", "permissions", "authorization", "entitlement", "权限", "访问控制",
					"鉴权" },
			{ "hallucination", "hallucinate", "made up", "fabricate", "幻觉", "编造" },
			{ "citation", "cite", "source attribution", "reference link", "引用", "出处", "溯源" },
			{ "groundedness", "faithfulness", "grounded", "faithful", "忠实", "有据" },
			{ "cache", "caching", "cached", "缓存" },
			{ "evaluation", "evaluate", "eval", "benchmark", "评估", "评测", "测评", "基准" },
			{ "offline evaluation", "offline eval", "golden set", "test set", "离线评估", "离线评测", "测试集" },
			{ "online evaluation", "a/b test", "ab test", "a/b testing", "online experiment", "ab实验", "a/b实验",
					"ab测试", "在线实验", "线上实验", "在线评估" },
			{ "human evaluation", "human review", "human rater", "annotator", "人工评估", "人工评测", "人工审核", "标注员" },
			{ "llm as a judge", "llm-as-a-judge", "llm judge", "model grader", "大模型评判", "模型打分" },
			{ "monitoring", "monitor", "observability", "dashboard", "监控", "可观测" },
			{ "alert", "alerting", "on-call", "pager", "告警", "报警" },
			{ "drift", "distribution shift", "data drift", "漂移", "分布变化", "分布偏移" },
			{ "rollback", "roll back", "revert", "回滚" },
			{ "canary", "gradual rollout", "staged rollout", "progressive rollout", "灰度", "金丝雀", "逐步放量" },
			{ "shadow", "shadow traffic", "shadow mode", "影子流量", "旁路" },
			{ "fine-tune", "fine-tuning", "finetune", "sft", "supervised fine-tuning", "微调", "精调" },
			{ "pretraining", "pre-training", "pretrain", "预训练" },
			{ "rlhf", "dpo", "preference optimization", "reward model", "对齐", "偏好优化", "奖励模型" },
			{ "lora", "qlora", "adapter", "peft", "低秩" },
			{ "distillation", "distill", "蒸馏" },
			{ "quantization", "quantize", "int8", "int4", "fp8", "量化" },
			{ "dataset", "training data", "corpus", "数据集", "语料", "训练数据" },
			{ "label", "labeling", "annotation", "labelled", "labeled", "标注", "打标" },
			{ "deduplication", "dedup", "dedupe", "near-duplicate", "minhash", "simhash", "去重" },
			{ "pii", "personal data", "personally identifiable", "privacy", "隐私", "个人信息", "敏感信息", "脱敏" },
			{ "data cleaning", "clean", "filtering", "quality filter", "清洗", "过滤" },
			{ "synthetic data", "data augmentation", "augment", "合成数据", "数据增强" },
			{ "gpu", "gpus", "accelerator", "h100", "a100", "显卡", "算力" },
			{ "gpu memory", "vram", "hbm", "显存" },
			{ "kv cache", "key-value cache", "kv缓存" },
			{ "continuous batching", "dynamic batching", "in-flight batching", "batching", "连续批处理", "动态批处理", "批处理" },
			{ "paged attention", "pagedattention", "vllm", "分页注意力" },
			{ "speculative decoding", "draft model", "投机解码", "推测解码" },
			{ "tensor parallelism", "tensor parallel", "张量并行" },
			{ "pipeline parallelism", "pipeline parallel", "流水线并行" },
			{ "data parallelism", "data parallel", "数据并行" },
			{ "zero", "fsdp", "sharded optimizer", "zero-3", "参数切分" },
			{ "checkpoint", "checkpointing", "snapshot", "检查点", "断点" },
			{ "activation checkpointing", "gradient checkpointing", "recomputation", "重计算", "激活重算" },
			{ "mixed precision", "bf16", "bfloat16", "fp16", "混合精度", "半精度" },
			{ "all-reduce", "allreduce", "nccl", "collective", "通信" },
			{ "fault tolerance", "failure recovery", "fault recovery", "resilience", "容错", "故障恢复", "故障" },
			{ "autoscaling", "auto-scaling", "scale out", "horizontal scaling", "弹性伸缩", "扩缩容", "自动扩容", "水平扩展" },
			{ "load balancing", "load balancer", "router", "routing", "负载均衡", "路由" },
			{ "availability", "uptime", "sla", "slo", "高可用", "可用性" },
			{ "multi-region", "region", "geo", "多地域", "多区域", "异地", "多机房" },
			{ "rate limit", "rate limiting", "throttle", "quota", "限流", "配额" },
			{ "queue", "message queue", "kafka", "队列", "消息队列" },
			{ "streaming", "stream processing", "flink", "real-time", "流式", "实时" },
			{ "batch processing", "batch job", "spark", "离线任务", "批量" },
			{ "feature store", "feature platform", "特征平台", "特征存储", "特征库" },
			{ "point-in-time", "point in time", "as-of join", "time travel", "时间点", "时点" },
			{ "leakage", "label leakage", "future data", "数据泄漏", "泄漏", "泄露", "穿越" },
			{ "training-serving skew", "online offline skew", "skew", "不一致", "线上线下不一致" },
			{ "freshness", "staleness", "stale", "新鲜度", "时效" },
			{ "backfill", "backfilling", "回填", "补数" },
			{ "shard", "sharding", "partition", "分片", "分区" },
			{ "replica", "replication", "replicas", "副本", "复制" },
			{ "index", "indexing", "索引" },
			{ "hnsw", "ivf", "ann", "approximate nearest neighbor", "近似最近邻" },
			{ "metadata filter", "metadata filtering", "filter", "元数据过滤", "过滤条件" },
			{ "safety", "harmful", "toxic", "toxicity", "moderation", "guardrail", "安全", "有害", "审核", "护栏" },
			{ "red team", "red teaming", "adversarial", "jailbreak", "红队", "越狱", "对抗" },
			{ "prompt injection", "注入" },
			{ "precision", "精确率", "查准" },
			{ "recall", "recall@k", "召回率", "查全" },
			{ "accuracy", "准确率", "正确率" },
			{ "f1", "f1 score", "f1值" },
			{ "user feedback", "thumbs up", "thumbs down", "feedback", "用户反馈", "点赞", "反馈" },
			{ "logging", "logs", "trace", "tracing", "日志", "埋点", "链路追踪" },
			{ "model registry", "registry", "模型仓库", "模型注册" },
			{ "experiment tracking", "mlflow", "experiment", "实验跟踪", "实验管理" },
			{ "versioning", "version", "lineage", "版本", "血缘" },
			{ "ci/cd", "continuous integration", "continuous deployment", "pipeline", "流水线", "持续集成", "持续部署" },
			{ "scheduler", "scheduling", "gang scheduling", "调度" },
			{ "multi-tenant", "tenant", "tenancy", "多租户", "租户" },
			{ "preemption", "preempt", "抢占" },
			{ "utilization", "mfu", "利用率" },
			{ "context window", "context length", "上下文窗口", "上下文长度", "长上下文" },
			{ "prompt", "system prompt", "prompt template", "提示词", "提示" },
			{ "token", "tokens", "tokenizer", "词表", "分词" },
			{ "diffusion", "denoising", "扩散", "去噪" },
			{ "classifier-free guidance", "cfg", "guidance scale", "无分类器引导" },
			{ "controlnet", "conditioning", "condition", "控制", "条件控制" },
			{ "fid", "clip score", "fvd", "inception", "图像质量" },
			{ "pose estimation", "keypoints", "skeleton", "姿态估计", "关键点", "骨骼" },
			{ "on-device", "edge", "mobile", "端侧", "移动端", "本地" },
			{ "intent", "intent classification", "意图", "意图识别" },
			{ "entity", "slot", "ner", "entity extraction", "实体", "槽位" },
			{ "document", "documents", "docs", "文档", "资料" },
			{ "chatbot", "assistant", "conversational", "问答", "对话", "助手", "机器人" },
			{ "model", "llm", "large language model", "模型", "大模型" },
			{ "inference", "serving", "推理", "服务化" },
			{ "training", "train", "训练" },
			{ "deployment", "deploy", "release", "部署", "发布", "上线" },
			{ "users", "user", "用户" },
			{ "scale", "scalability", "规模", "扩展性" },
			{ "requirements", "requirement", "需求" },
			{ "trade-off", "tradeoff", "权衡", "取舍" } };

	private static final Glossary INSTANCE = new Glossary();

	/** Stemmed English phrase (tokens joined by spaces) to the groups it belongs to. */
	private final Map<String, List<Group>> byPhrase = new HashMap<>();

	private final List<Group> groups = new ArrayList<>();

	private Glossary() {
		for (String[] words : GROUPS) {
			List<List<String>> english = new ArrayList<>();
			List<String> chinese = new ArrayList<>();
			for (String word : words) {
				if (Text.hasCjk(word)) {
					chinese.add(word);
				}
				else {
					english.add(Text.stems(Text.fold(word)));
				}
			}
			Group group = new Group(List.copyOf(english), List.copyOf(chinese));
			groups.add(group);
			for (List<String> phrase : english) {
				byPhrase.computeIfAbsent(String.join(" ", phrase), key -> new ArrayList<>()).add(group);
			}
		}
	}

	static List<Group> groupsOf(List<String> stemmedPhrase) {
		return INSTANCE.byPhrase.getOrDefault(String.join(" ", stemmedPhrase), List.of());
	}

	/** The groups whose Chinese members occur in the sentences. */
	static List<Group> chineseGroupsIn(List<Text.Sentence> sentences) {
		List<Group> found = new ArrayList<>();
		for (Group group : INSTANCE.groups) {
			boolean present = sentences.stream()
				.anyMatch(sentence -> group.chinese().stream().anyMatch(sentence.folded()::contains));
			if (present) {
				found.add(group);
			}
		}
		return found;
	}

	/** The members of one group: English as stemmed token runs, Chinese as plain strings. */
	record Group(List<List<String>> english, List<String> chinese) {
	}

}
