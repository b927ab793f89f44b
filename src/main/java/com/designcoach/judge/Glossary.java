package com.designcoach.judge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
			{ "language", "languages", "语言", "语种" },
			{ "scale", "scalability", "规模", "扩展性" },
			{ "requirements", "requirement", "需求" },
			{ "trade-off", "tradeoff", "权衡", "取舍" },
			// LLM applications, recommendation, classic ML, training, serving, data, evaluation,
			// operations, security and multimodal work.
			{ "agent", "agents", "llm agent", "ai agent", "autonomous agent", "agentic", "智能体", "ai代理" },
			{ "tool use", "tool calling", "function calling", "tool call", "function call", "tool invocation", "工具调用", "函数调用", "调用工具" },
			{ "planner", "llm planner", "task planning", "task decomposition", "plan-and-execute", "规划器", "任务规划", "任务拆解", "任务分解" },
			{ "multi-turn", "multi-turn dialogue", "multi-turn conversation", "follow-up question", "follow-up questions", "多轮对话", "多轮", "多轮交互", "追问" },
			{ "conversation history", "chat history", "dialogue history", "conversation context", "previous turn", "context carryover", "对话历史", "历史对话", "会话历史", "聊天记录", "上下文继承" },
			{ "long-term memory", "agent memory", "memory module", "conversation memory", "short-term memory", "长期记忆", "短期记忆", "记忆模块", "对话记忆" },
			{ "context compression", "history summarization", "truncation", "truncate", "context management", "上下文压缩", "上下文管理", "截断", "历史摘要" },
			{ "few-shot", "in-context learning", "in-context examples", "icl", "dynamic few-shot", "少样本", "小样本", "上下文学习" },
			{ "zero-shot", "零样本" },
			{ "chain of thought", "chain-of-thought", "cot", "step-by-step reasoning", "reasoning trace", "思维链", "逐步推理" },
			{ "structured output", "json output", "json mode", "json schema", "constrained decoding", "grammar-constrained decoding", "结构化输出", "json格式", "约束解码" },
			{ "prompt engineering", "prompt design", "prompt tuning", "提示工程", "提示词工程", "prompt工程" },
			{ "human handoff", "handoff", "hand-off", "hand off", "human agent", "live agent", "escalation", "escalate", "escalated", "转人工", "人工客服", "人工介入", "人工接管" },
			{ "human-in-the-loop", "hitl", "人在回路", "人机协同" },
			{ "customer service", "customer support", "support ticket", "客服", "智能客服", "工单" },
			{ "intent detection", "intent recognition", "user intent", "intent classifier", "意图检测", "意图理解" },
			{ "slot filling", "slot extraction", "required slots", "槽位填充", "填槽", "槽位抽取" },
			{ "out-of-scope", "out-of-domain", "oos", "ood", "none class", "oos detection", "域外", "集外意图", "拒识" },
			{ "query rewriting", "query rewrite", "query expansion", "query reformulation", "hyde", "查询改写", "query改写", "查询扩展", "问题改写" },
			{ "session", "sessions", "session state", "session store", "会话", "会话状态" },
			{ "personalization", "personalisation", "personalized", "personalised", "user profile", "user preferences", "个性化", "用户画像", "用户偏好" },
			{ "abstain", "abstention", "abstention rate", "i don't know", "unanswerable", "answerability", "无法回答", "弃答" },
			{ "refusal", "refusal rate", "over-refusal", "decline to answer", "拒答", "拒绝回答", "拒绝率", "过度拒答" },
			{ "rag", "retrieval-augmented generation", "retrieval augmented generation", "retrieval-augmented", "检索增强生成", "检索增强" },
			{ "knowledge base", "knowledge store", "知识库" },
			{ "sandbox", "sandboxed", "code execution", "code interpreter", "沙箱", "沙盒", "代码执行" },
			{ "content safety", "input filter", "output filter", "input classifier", "output classifier", "safety classifier", "safety filter", "输入过滤", "输出过滤", "内容过滤", "安全分类器", "内容安全" },
			{ "redaction", "redact", "pii redaction", "pii scrubbing", "anonymization", "anonymize", "pseudonymization", "匿名化", "假名化", "打码" },
			{ "temperature", "top-p", "nucleus sampling", "sampling parameters", "温度", "采样参数", "核采样" },
			{ "decoding", "decode", "autoregressive", "greedy decoding", "beam search", "解码", "自回归" },
			{ "prefill", "prefill phase", "prompt processing", "chunked prefill", "预填充", "prefill阶段" },
			{ "prefix cache", "prefix caching", "prompt caching", "prompt cache", "shared prefix", "前缀缓存", "提示词缓存" },
			{ "semantic cache", "semantic caching", "语义缓存" },
			{ "tpot", "time per output token", "inter-token latency", "itl", "每token延迟", "token间延迟" },
			{ "token streaming", "server-sent events", "sse", "websocket", "stream tokens", "流式输出", "逐字输出", "打字机效果" },
			{ "gradient accumulation", "grad accumulation", "micro-batch", "microbatch", "梯度累积", "微批" },
			{ "batch size", "global batch size", "批大小", "batch大小", "批次大小" },
			{ "learning rate", "lr", "lr schedule", "learning rate schedule", "cosine schedule", "学习率", "学习率调度" },
			{ "loss spike", "loss divergence", "training divergence", "loss explosion", "nan loss", "gradient explosion", "loss突刺", "损失突刺", "训练发散", "梯度爆炸" },
			{ "straggler", "stragglers", "slow node", "slow worker", "慢节点", "拖尾节点" },
			{ "health check", "health checks", "liveness probe", "readiness probe", "健康检查", "探活" },
			{ "node failure", "bad nodes", "hardware failure", "xid", "ecc errors", "gpu failure", "节点故障", "坏卡", "坏节点", "硬件故障" },
			{ "resume training", "resumable", "restart from checkpoint", "resume", "断点续训", "续训", "恢复训练" },
			{ "infiniband", "rdma", "roce", "nvlink", "interconnect", "high-speed network", "高速互联", "ib网络" },
			{ "oom", "out of memory", "out-of-memory", "内存溢出", "显存溢出", "显存不足", "爆显存" },
			{ "contamination", "decontamination", "benchmark contamination", "test set leakage", "数据污染", "测试集污染", "去污染" },
			{ "continued pretraining", "continual pretraining", "domain adaptation", "domain-adaptive pretraining", "继续预训练", "增量预训练", "领域适配", "领域自适应" },
			{ "instruction tuning", "instruction-tuned", "instruction following", "指令微调", "指令跟随", "指令遵循" },
			{ "perplexity", "ppl", "困惑度" },
			{ "gpu hours", "gpu-hours", "gpu hour", "gpu-days", "core-hours", "gpu小时", "gpu卡时", "卡时数" },
			{ "token cost", "cost per token", "per million tokens", "price per token", "token费用", "token成本", "每token成本", "按token计费" },
			{ "cost per request", "cost per query", "per-query cost", "unit cost", "unit economics", "单次请求成本", "单位成本", "每次请求成本" },
			{ "cost optimization", "cost reduction", "cost savings", "cost saving", "降本", "降低成本", "成本优化" },
			{ "billing", "metering", "usage tracking", "usage metering", "chargeback", "showback", "计费", "计量", "成本分摊", "费用分摊" },
			{ "spot instances", "spot instance", "preemptible", "preemptible instances", "竞价实例", "抢占式实例", "spot实例" },
			{ "priority", "priority queue", "priority classes", "priority tiers", "优先级", "优先队列" },
			{ "recommendation system", "recommender", "recommender system", "recsys", "recommendation", "推荐系统", "推荐算法", "推荐引擎" },
			{ "candidate generation", "candidate retrieval", "candidate set", "candidate pool", "候选生成", "候选集", "多路召回", "召回通道" },
			{ "ranking", "ranker", "ranking model", "learning to rank", "ltr", "排序模型", "排序阶段", "排序学习" },
			{ "ctr", "click-through rate", "click through rate", "click-through", "点击率", "ctr预估" },
			{ "conversion", "conversion rate", "cvr", "转化率" },
			{ "engagement", "dwell time", "watch time", "time spent", "参与度", "停留时长", "观看时长", "使用时长" },
			{ "user retention", "retention rate", "churn", "留存", "留存率", "流失率" },
			{ "collaborative filtering", "matrix factorization", "item-to-item", "item-based", "协同过滤", "矩阵分解" },
			{ "two-tower", "dual encoder", "bi-encoder", "双塔", "双塔模型" },
			{ "embedding table", "embedding tables", "embedding lookup", "id embedding", "嵌入表", "embedding表" },
			{ "cold start", "cold-start", "冷启动" },
			{ "exploration", "explore-exploit", "exploration-exploitation", "bandit", "multi-armed bandit", "epsilon-greedy", "thompson sampling", "ucb", "探索与利用", "多臂老虎机", "探索策略" },
			{ "diversity", "diversification", "mmr", "多样性", "打散" },
			{ "click logs", "click log", "clickstream", "click data", "点击日志", "行为日志", "行为数据" },
			{ "online learning", "incremental training", "streaming training", "在线学习", "增量训练", "实时训练" },
			{ "negative sampling", "hard negatives", "in-batch negatives", "负采样", "难负例", "负样本", "困难负样本" },
			{ "feature engineering", "feature extraction", "feature crossing", "feature cross", "特征工程", "特征提取", "特征交叉" },
			{ "online store", "online features", "online feature store", "在线特征", "在线存储", "在线特征库" },
			{ "offline store", "offline features", "离线特征", "离线存储", "离线特征库" },
			{ "classification", "classifier", "classify", "分类器", "分类模型", "分类任务" },
			{ "regression model", "linear regression", "logistic regression", "回归模型", "线性回归", "逻辑回归" },
			{ "regression test", "regression tests", "regression testing", "regression suite", "non-regression", "回归测试", "回归用例" },
			{ "regression", "quality regression", "silent regression", "performance regression", "效果回退", "指标回退", "效果下降", "退化" },
			{ "threshold", "thresholds", "decision threshold", "confidence threshold", "operating point", "阈值", "门限" },
			{ "false positive", "false positives", "false positive rate", "fpr", "误报", "误杀", "误判", "假阳性" },
			{ "false negative", "false negatives", "false negative rate", "fnr", "漏报", "漏判", "漏检", "假阴性" },
			{ "auc", "roc", "roc-auc", "roc auc", "pr-auc", "area under the curve", "auc值" },
			{ "class imbalance", "imbalanced", "imbalanced data", "label imbalance", "long tail", "long-tail", "类别不平衡", "类别不均衡", "样本不均衡", "样本不平衡", "长尾分布" },
			{ "oversampling", "oversample", "undersampling", "undersample", "upsampling", "downsampling", "resampling", "class weights", "focal loss", "过采样", "欠采样", "上采样", "下采样", "重采样" },
			{ "overfitting", "overfit", "over-fitting", "过拟合" },
			{ "regularization", "regularisation", "dropout", "weight decay", "early stopping", "正则化", "权重衰减", "早停" },
			{ "cross-validation", "cross validation", "k-fold", "kfold", "交叉验证", "k折" },
			{ "baseline", "baselines", "基线", "baseline模型" },
			{ "train/test split", "train-test split", "data split", "数据划分", "数据集划分" },
			// A split by time is a specific choice; "the right data split" must not claim it.
			{ "time-based split", "temporal split", "time split", "out-of-time split", "按时间划分", "按时间切分" },
			{ "validation set", "holdout", "held-out", "hold-out", "dev set", "验证集", "留出集", "开发集" },
			{ "hyperparameter", "hyperparameters", "hyper-parameter", "hyperparameter tuning", "hyperparameter search", "hpo", "sweep", "超参", "超参数", "调参" },
			{ "calibration", "calibrated", "calibrate", "temperature scaling", "platt scaling", "isotonic", "校准", "概率校准" },
			{ "confidence score", "confidence scores", "model confidence", "uncertainty", "置信度", "不确定性" },
			{ "anomaly detection", "anomaly", "anomalies", "outlier", "outliers", "异常检测", "异常值", "离群点" },
			{ "fraud", "fraud detection", "fraudulent", "anti-fraud", "欺诈", "反欺诈", "风控" },
			{ "rule engine", "rules engine", "rule-based", "heuristic rules", "business rules", "规则引擎", "基于规则" },
			{ "ground truth", "gold labels", "reference answer", "reference answers", "标准答案", "真值", "参考答案" },
			{ "metric", "metrics", "evaluation metrics", "指标", "评估指标", "评价指标" },
			{ "precision@k", "precision at k", "top-k precision" },
			{ "ndcg", "ndcg@10", "ndcg@k", "normalized discounted cumulative gain", "dcg", "归一化折损累计增益" },
			{ "mrr", "mean reciprocal rank", "平均倒数排名" },
			{ "hit rate", "hit@k", "hit ratio", "命中率" },
			{ "bleu", "rouge", "rouge-l", "meteor", "bertscore", "n-gram overlap" },
			{ "win rate", "pairwise win rate", "pairwise comparison", "side-by-side", "side by side", "胜率", "两两比较", "对比评测" },
			{ "relevance", "answer relevance", "相关性", "相关度" },
			{ "csat", "customer satisfaction", "user satisfaction", "nps", "net promoter score", "满意度", "用户满意度" },
			{ "task completion", "task success", "task success rate", "resolution rate", "containment rate", "ticket deflection", "deflection", "解决率", "任务完成率", "自助解决率" },
			{ "error analysis", "failure analysis", "bad case", "bad cases", "badcase", "failure cases", "错误分析", "坏例", "bad case分析" },
			{ "business metric", "business metrics", "business kpi", "kpi", "north star metric", "业务指标", "北极星指标", "核心指标" },
			{ "guardrail metric", "guardrail metrics", "counter metric", "护栏指标" },
			{ "statistical significance", "significance", "p-value", "confidence interval", "statistical power", "显著性", "置信区间", "统计功效", "p值" },
			{ "load test", "load testing", "stress test", "stress testing", "压测", "压力测试", "负载测试" },
			{ "release gate", "evaluation gate", "quality gate", "go/no-go", "promotion criteria", "发布门禁", "质量门禁", "准入标准" },
			{ "model server", "inference server", "inference engine", "triton", "tgi", "tensorrt-llm", "torchserve", "kserve", "推理服务器", "推理引擎" },
			{ "model cascade", "cascade", "model routing", "small model first", "级联", "模型路由", "大小模型" },
			{ "timeout", "timeouts", "time out", "deadline", "超时" },
			{ "retry", "retries", "retrying", "exponential backoff", "backoff", "重试", "退避" },
			{ "circuit breaker", "circuit breakers", "熔断", "断路器" },
			{ "fallback", "fall back", "fallback model", "backup model", "fallback chain", "兜底", "备用模型", "兜底方案" },
			{ "graceful degradation", "degraded mode", "degrade", "degradation", "降级", "服务降级", "优雅降级" },
			{ "load shedding", "shed load", "admission control", "backpressure", "back pressure", "过载保护", "背压", "准入控制" },
			{ "capacity planning", "capacity estimate", "headroom", "provisioning", "容量规划", "容量评估", "容量预估" },
			{ "back-of-the-envelope", "back-of-envelope", "rough estimate", "估算", "粗略估算", "量级估算" },
			{ "error budget", "burn rate", "sla breach", "slo violation", "错误预算", "sla违约" },
			{ "error rate", "failure rate", "5xx", "错误率", "失败率" },
			{ "hot reload", "hot swap", "hot-swap", "zero-downtime", "zero downtime", "热更新", "热加载", "不停机" },
			{ "blue-green", "blue/green", "blue-green deployment", "蓝绿部署", "蓝绿发布" },
			{ "feature flag", "feature flags", "feature toggle", "kill switch", "功能开关", "特性开关" },
			{ "incident", "incidents", "outage", "incident response", "事故", "线上事故", "故障处理" },
			{ "postmortem", "post-mortem", "root cause analysis", "rca", "复盘", "根因分析" },
			{ "disaster recovery", "failover", "fail over", "active-active", "active-passive", "hot standby", "warm standby", "容灾", "灾备", "故障转移", "主备切换", "双活" },
			{ "kubernetes", "k8s", "pod", "pods", "容器编排" },
			{ "api gateway", "gateway", "llm gateway", "网关", "api网关" },
			{ "object storage", "object store", "s3", "blob storage", "gcs", "对象存储" },
			{ "data warehouse", "warehouse", "data lake", "lakehouse", "hive", "bigquery", "数据仓库", "数仓", "数据湖" },
			{ "ttl", "time-to-live", "time to live", "expiration", "expiry", "过期时间", "过期" },
			{ "invalidation", "invalidate", "cache invalidation", "缓存失效", "失效策略" },
			{ "etl", "elt", "data pipeline", "data pipelines", "数据管道", "数据链路", "数据流水线" },
			{ "ingestion", "ingest", "ingestion pipeline", "data ingestion", "数据接入", "数据摄入", "入库" },
			{ "incremental update", "incremental", "incremental indexing", "delta update", "增量更新", "增量索引" },
			{ "data versioning", "dataset version", "dataset versioning", "dvc", "lakefs", "delta lake", "数据版本", "数据集版本" },
			{ "schema", "schemas", "schema evolution", "data contract", "schema check", "数据模式", "表结构", "数据契约" },
			{ "data validation", "data quality", "data quality checks", "great expectations", "tfdv", "数据校验", "数据质量", "数据验证" },
			{ "sampling", "stratified sampling", "random sampling", "stratified", "抽样", "采样", "分层抽样", "随机抽样" },
			{ "request logs", "query logs", "chat logs", "access logs", "请求日志", "查询日志", "对话日志" },
			{ "feedback loop", "data flywheel", "flywheel", "closed loop", "数据飞轮", "闭环", "反馈闭环" },
			{ "concept drift", "prediction drift", "label drift", "概念漂移", "预测漂移" },
			{ "retraining", "retrain", "periodic retraining", "continuous training", "重训", "重新训练", "定期训练", "模型迭代" },
			{ "data retention", "retention", "retention policy", "retention period", "数据保留", "保留期限", "保存期限" },
			{ "right to be forgotten", "right to erasure", "deletion requests", "data deletion", "hard delete", "hard-delete", "被遗忘权", "数据删除", "删除请求" },
			{ "gdpr", "ccpa", "hipaa", "compliance", "regulatory", "合规", "监管", "个人信息保护法" },
			{ "data residency", "data sovereignty", "data localization", "数据驻留", "数据本地化", "数据出境" },
			{ "consent", "opt-in", "opt-out", "user consent", "用户授权", "知情同意" },
			{ "encryption", "encrypt", "encrypted", "at rest", "in transit", "tls", "kms", "加密", "传输加密", "静态加密" },
			{ "audit log", "audit logs", "audit trail", "auditing", "audit", "审计", "审计日志" },
			{ "tenant isolation", "isolation", "data isolation", "namespace isolation", "租户隔离", "隔离", "数据隔离" },
			{ "authentication", "authn", "sso", "oauth", "api key", "api keys", "identity provider", "认证", "身份认证", "单点登录" },
			{ "security", "threat model", "attack surface", "威胁建模", "攻击面", "信息安全" },
			{ "abuse", "misuse", "abuse detection", "spam", "bot traffic", "滥用", "恶意使用", "刷量" },
			{ "watermark", "watermarking", "c2pa", "content provenance", "invisible watermark", "水印", "隐形水印" },
			{ "nsfw", "adult content", "sexual content", "porn", "色情", "涉黄", "不雅内容" },
			{ "blocklist", "blacklist", "denylist", "allowlist", "whitelist", "keyword list", "黑名单", "白名单", "敏感词", "敏感词库" },
			{ "image generation", "text-to-image", "text to image", "t2i", "image generator", "文生图", "图像生成", "图片生成" },
			{ "text-to-video", "text to video", "t2v", "video generation", "文生视频", "视频生成" },
			{ "image-to-image", "img2img", "image editing", "inpainting", "outpainting", "图生图", "图像编辑", "局部重绘" },
			{ "vae", "latent space", "latent diffusion", "latents", "autoencoder", "潜空间", "隐空间", "变分自编码器" },
			{ "sampling steps", "denoising steps", "inference steps", "ddim", "dpm-solver", "采样步数", "去噪步数", "推理步数" },
			{ "style transfer", "style lora", "style reference", "ip-adapter", "dreambooth", "textual inversion", "风格迁移", "风格控制", "风格化" },
			{ "seed", "random seed", "seeds", "deterministic", "reproducibility", "reproducible", "随机种子", "可复现", "复现" },
			{ "vlm", "vision-language model", "vision language model", "multimodal llm", "mllm", "视觉语言模型", "多模态大模型" },
			{ "multimodal", "multi-modal", "多模态" },
			{ "ocr", "optical character recognition", "text recognition", "文字识别", "光学字符识别" },
			{ "document parsing", "pdf parsing", "layout analysis", "layout-aware", "table extraction", "文档解析", "版面分析", "pdf解析", "表格抽取" },
			{ "asr", "speech recognition", "speech-to-text", "speech to text", "whisper", "transcription", "语音识别", "语音转文字", "语音转写" },
			{ "tts", "text-to-speech", "text to speech", "speech synthesis", "voice synthesis", "语音合成", "文本转语音" },
			{ "multilingual", "multi-lingual", "cross-lingual", "多语言", "跨语言", "多语种" } };

	private static final Glossary INSTANCE = new Glossary();

	/** Stemmed English phrase (tokens joined by spaces) to the groups it belongs to. */
	private final Map<String, List<Group>> byPhrase = new HashMap<>();

	/** Chinese term to the groups it belongs to. */
	private final Map<String, List<Group>> byChinese = new HashMap<>();

	/** The most stems in an English member. */
	private int longestPhrase;

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
				longestPhrase = Math.max(longestPhrase, phrase.size());
			}
			for (String term : chinese) {
				byChinese.computeIfAbsent(Text.fold(term), key -> new ArrayList<>()).add(group);
			}
		}
	}

	static List<Group> groupsOf(List<String> stemmedPhrase) {
		return INSTANCE.byPhrase.getOrDefault(String.join(" ", stemmedPhrase), List.of());
	}

	/**
	 * For a phrase the glossary lacks, the groups of its longest glossary sub-phrase, if that
	 * holds at least half its words: "handoff rate" gives the groups of "handoff".
	 */
	static List<Group> groupsWithin(List<String> stems) {
		if (!INSTANCE.byPhrase.getOrDefault(String.join(" ", stems), List.of()).isEmpty()) {
			return List.of();
		}
		for (int length = stems.size() - 1; length * 2 >= stems.size() && length > 0; length--) {
			for (int start = 0; start + length <= stems.size(); start++) {
				List<Group> groups = groupsOf(stems.subList(start, start + length));
				if (!groups.isEmpty()) {
					return groups;
				}
			}
		}
		return List.of();
	}

	/** The same for Chinese: the groups of the longest glossary term inside, if it holds at least half the characters. */
	static List<Group> groupsWithinChinese(String term) {
		if (INSTANCE.byChinese.containsKey(term)) {
			return List.of();
		}
		String longest = null;
		for (String member : INSTANCE.byChinese.keySet()) {
			if (member.length() * 2 >= term.length() && member.length() < term.length() && term.contains(member)
					&& (longest == null || member.length() > longest.length())) {
				longest = member;
			}
		}
		return longest == null ? List.of() : INSTANCE.byChinese.get(longest);
	}

	/** The groups a Chinese term belongs to, so a Chinese key point also finds its English synonyms. */
	static List<Group> groupsOfChinese(String term) {
		return INSTANCE.byChinese.getOrDefault(term, List.of());
	}

	/** The groups whose Chinese members occur in the sentences. */
	static Set<Group> chineseGroupsIn(List<Text.Sentence> sentences) {
		StringBuilder text = new StringBuilder();
		sentences.forEach(sentence -> text.append(sentence.folded()).append('\n'));
		Set<Group> found = new LinkedHashSet<>();
		INSTANCE.byChinese.forEach((term, groups) -> {
			if (text.indexOf(term) >= 0) {
				found.addAll(groups);
			}
		});
		return found;
	}

	/** The groups whose English members occur in the sentences, found by looking up every run of stems. */
	static Set<Group> englishGroupsIn(List<Text.Sentence> sentences) {
		Set<Group> found = new LinkedHashSet<>();
		for (Text.Sentence sentence : sentences) {
			List<String> stems = sentence.stems();
			for (int start = 0; start < stems.size(); start++) {
				StringBuilder phrase = new StringBuilder();
				for (int end = start; end < stems.size() && end - start < INSTANCE.longestPhrase; end++) {
					if (end > start) {
						phrase.append(' ');
					}
					phrase.append(stems.get(end));
					found.addAll(INSTANCE.byPhrase.getOrDefault(phrase.toString(), List.of()));
				}
			}
		}
		return found;
	}

	/** The members of one group: English as stemmed token runs, Chinese as plain strings. */
	record Group(List<List<String>> english, List<String> chinese) {
	}

}
