/**
 * Hover help for every word of the vocabulary (`../vocabulary.ts`): what the
 * fact means, and the paper's argument that turns on it, in English and
 * Simplified Chinese (Markdown).
 *
 * Keys:
 * - `block:<blockId>`                 — case, provider, offender, charge, evidence
 * - `key:<blockId>.<keyId>`           — every key of KEYS, e.g. `key:provider.role`
 * - `value:<valueSetId>.<termId>`     — every term of VALUE_SETS, e.g. `value:role.caching`
 * - `offense:<offenseId>`             — every offense, e.g. `offense:art287-2`
 *
 * Voice: our own words; claims are the paper's ("the paper argues …" /
 * "论文认为……"), with its hedges; sections use the paper's headings and
 * sources its bracketed numbers with pages.
 */
import type { Bilingual, TopicId } from './topics';

export interface TermHelp {
  /** What the word means as a fact (1–2 sentences). */
  readonly meaning: Bilingual;
  /** The paper's argument that turns on it (omitted for clerical words). */
  readonly doctrine?: Bilingual;
  /** The paper's section, e.g. `II.(二).3`. */
  readonly section?: string;
  /** The paper's sources with pages, e.g. `[9](P219), [6](P14)`. */
  readonly sources?: string;
  /** Related topics (see `TOPICS`). */
  readonly topics?: readonly TopicId[];
}

export const TERM_HELP: Readonly<Record<string, TermHelp>> = {
  // -------------------------------------------------------------------------
  // Blocks

  'block:case': {
    meaning: {
      en: "The case itself: court, docket number, judgment date, the date of the conduct, and sources. At most one per file.",
      zh: "案件本身：法院、案号、判决日期、行为时间和来源。每个文件至多一个。",
    },
    doctrine: {
      en: "The conduct date matters: art. 287-2 and art. 286-1 were added by Criminal Law Amendment IX (in force 2015-11-01) (III, introduction). The Qvod conduct came before it; the paper reports that 陈兴良 reads the judgment as resting on the 2010 interpretation ([6](P24)), and that the first-instance court's vice-president 范君 said the interpretation deserved special attention until the amendment took effect ([20](P30)) — a basis the paper itself rejects as breaking the legality principle (I.(四)).",
      zh: "行为时间很重要：第287条之二与第286条之一由《刑法修正案（九）》增设（2015年11月1日起施行）（三引言）。快播案的行为发生在此之前；论文介绍，陈兴良教授认为判决以2010年司法解释为依据（[6](P24)），一审法院副院长范君也表示，修正案生效以前该解释值得特别关注（[20](P30)）——论文本身则认为以该解释为据违反罪刑法定原则（一（四））。",
    },
    section: "I.(四)",
    sources: "[6](P24), [20](P30)",
    topics: ["co-principal-interpretation"],
  },
  'block:provider': {
    meaning: {
      en: "A service provider whose liability is assessed: an id, an optional display name, and its facts (role, knowledge, notice, takedown …).",
      zh: "被评价责任的服务商：标识符、可选的显示名称，以及其事实（类型、明知、通知、移除等）。",
    },
    doctrine: {
      en: "The paper sorts providers by what they do — access/transmission, caching, storage, positioning — and argues that none owes a general duty to monitor users' content; after notice they generally face civil and administrative liability only, criminal liability being the exception (II.(一), II.(二)).",
      zh: "论文按功能把服务商分为接入/传输、缓存、存储、定位四类，认为它们对用户内容都不负一般性监控义务；接到通知后一般只承担民事、行政责任，刑事责任属于例外（二（一）、二（二））。",
    },
    section: "II.(一)",
    sources: "[27](P108), [10](P13), [31](P323)",
    topics: ["isp-classes", "notice-and-takedown", "abstract"],
  },
  'block:offender': {
    meaning: {
      en: "A principal offender (the uploaders, the fraud ring, the theft gang) whose crime uses a provider's service: one offense and the providers it uses.",
      zh: "利用服务商服务实施犯罪的正犯（上传者、诈骗团伙、盗窃团伙等）：写明一个罪名及其利用的服务商。",
    },
    doctrine: {
      en: "A provider may be an accomplice of the offender's crime. The paper argues that complicity needs only knowledge that one's help serves that crime, not a shared intent (案3), and that deep participation marks an accomplice (案6) — but neutral help that keeps the industry rules stays unpunished even when the provider knows (III.(一)).",
      zh: "服务商可能成立正犯之罪的共犯。论文认为，成立共犯只需知道自己的帮助被用于该犯罪，无须共同故意（案3）；深度参与是共犯的标志（案6）；但遵守行业规定的中立帮助即便明知也不处罚（三（一））。",
    },
    section: "III.(一)",
    topics: ["help-offense-cases", "psychological-causality"],
  },
  'block:charge': {
    meaning: {
      en: "A charge against a provider or offender: who, which offense, in which mode (act, omission, principal, accomplice), and what the court decided, why, and on what basis.",
      zh: "针对服务商或正犯的指控：对象、罪名、方式（作为、不作为、正犯、共犯），以及法院的认定、理由和依据。",
    },
    doctrine: {
      en: "The paper tests the Qvod court's reasons one by one — the nature of the conduct, the defences of technology neutrality and neutral help, the evidence, and the legal basis — and concludes the company and its managers should be acquitted (I.).",
      zh: "论文逐一检验快播案法院的理由——行为性质、技术中立与中立帮助抗辩、证据、法律适用——结论是快播公司及其主管人员都应被判无罪（一）。",
    },
    section: "I.",
    topics: ["four-positions", "neutral-help", "evidence", "co-principal-interpretation"],
  },
  'block:evidence': {
    meaning: {
      en: "The evidence on record: what was seized, whether there is direct proof of dissemination, whether the access count is known, and whether the electronic evidence was soundly authenticated.",
      zh: "在案证据：查获了什么，有无直接传播的证据，点击下载数量是否查明，电子证据鉴真有无瑕疵。",
    },
    doctrine: {
      en: "The paper argues that the Qvod evidence was insufficient: the key electronic evidence had authentication gaps, and without proof of how often users fetched the files through Qvod's servers, doubt should favour the defendant (I.(三)).",
      zh: "论文认为快播案证据不足：关键电子证据存在鉴真缺陷；没有证据表明用户经快播服务器浏览、下载的频次，疑点应作有利于被告的处理（一（三））。",
    },
    section: "I.(三)",
    sources: "[18](P89, P100), [2](P112)",
    topics: ["evidence"],
  },

  // -------------------------------------------------------------------------
  // case keys

  'key:case.court': {
    meaning: {
      en: "The court that tried the case, e.g. 北京市海淀区人民法院.",
      zh: "审理本案的法院，如北京市海淀区人民法院。",
    },
  },
  'key:case.docket': {
    meaning: {
      en: "The docket number of the judgment, e.g. (2015)海刑初字第512号.",
      zh: "判决的案号，如（2015）海刑初字第512号。",
    },
  },
  'key:case.date': {
    meaning: {
      en: "The date of the judgment (YYYY-MM-DD).",
      zh: "判决日期（YYYY-MM-DD）。",
    },
  },
  'key:case.conduct': {
    meaning: {
      en: "The date of the conduct (YYYY-MM-DD). It decides which offenses were in force: before 2015-11-01, art. 287-2 and art. 286-1 did not yet exist.",
      zh: "行为发生的日期（YYYY-MM-DD），决定当时哪些罪名已施行：2015年11月1日之前尚无第287条之二和第286条之一。",
    },
    doctrine: {
      en: "Both offenses came with Criminal Law Amendment IX (III, introduction). Before it, the paper notes, the first-instance court's vice-president saw the 2010 interpretation as the provision to watch — which the paper criticises as turning accessory conduct into principal conduct (I.(四)).",
      zh: "两罪均由《刑法修正案（九）》增设（三引言）。论文提到，修正案生效前，一审法院副院长认为2010年司法解释值得特别关注——论文批评该解释把共犯行为正犯化（一（四））。",
    },
    section: "I.(四)",
    sources: "[20](P30)",
    topics: ["co-principal-interpretation"],
  },
  'key:case.source': {
    meaning: {
      en: "Where the facts come from: judgments, articles, dates of publication — one or more strings or dates.",
      zh: "事实的来源：判决书、文章、发布日期等，可写一个或多个字符串或日期。",
    },
  },

  // -------------------------------------------------------------------------
  // provider keys

  'key:provider.role': {
    meaning: {
      en: "What the provider does, by function: one or more of access, transmission, caching, storage, search, link (ISP classes); advertising, payment, technical (assistance named in art. 287-2); content, platform, software.",
      zh: "服务商按功能所做的事：接入、传输、缓存、存储、搜索、链接（网络服务商类型）；广告推广、支付结算、技术支持（第287条之二所列帮助）；内容、平台、访问软件。可写多个。",
    },
    doctrine: {
      en: "The paper classifies by function, not label: four ISP classes (access/transmission, caching, storage, positioning = search and link). Content providers are not ISPs and answer for their content like authors ([27](P108)); \"platform\" is too vague — a platform may be a content, caching or storage provider ([10](P13)); \"access software\" should, in the paper's own view, be resolved into the functions the software actually performs — Qvod's software was caching plus positioning (II.(一)).",
      zh: "论文按功能而非名称分类：四类网络服务商（接入/传输、缓存、存储、定位即搜索与链接）。内容提供者不是网络服务商，应像作者一样对内容负责（[27](P108)）；“平台”一词过于宽泛，平台可能是内容、缓存或存储服务商（[10](P13)）；“访问软件”则按论文自己的主张，应还原为软件实际承担的功能——快播软件即缓存加定位（二（一））。",
    },
    section: "II.(一)",
    sources: "[24](P41), [27](P108), [10](P13)",
    topics: ["isp-classes"],
  },
  'key:provider.knowledge': {
    meaning: {
      en: "What the provider knew of the crime or illegal content: none, general (it knew its service is misused somewhere), or specific (it knew of this crime or content). Unstated counts as not specific.",
      zh: "服务商对犯罪或违法内容的认识：不知、概括知道（知道服务在某处被滥用）、明知（知道具体的犯罪或内容）。未写明的按非明知处理。",
    },
    doctrine: {
      en: "Knowledge is necessary but not sufficient. Art. 287-2 and complicity require knowing the other's crime, yet the paper argues that help which keeps the industry rules, is untargeted and not deeply involved stays neutral even with knowledge — carriers, Alipay and banks included (III.(一).3–4). For civil and administrative liability, knowing the content is one of three conditions, with technical ability and capacity to stop it (II.(二) summary, [26](P17)).",
      zh: "明知是必要条件而非充分条件。第287条之二和共犯都要求明知他人犯罪，但论文认为，遵守行业规定、不针对特定对象、未深度参与的帮助，即便明知仍属中立——电信运营商、支付宝、银行亦然（三（一）3–4）。就民事、行政责任而言，知晓内容只是三项条件之一，另需技术上能够阻止且不超出承受能力（二（二）小结，[26](P17)）。",
    },
    section: "III.(一).3–4",
    sources: "[26](P17)",
    topics: ["psychological-causality", "help-offense-cases", "notice-and-takedown"],
  },
  'key:provider.notice': {
    meaning: {
      en: "Who told the provider of the illegal content or crime: none, a user, a rightholder, a regulator (one or more).",
      zh: "谁通知了服务商存在违法内容或犯罪：无、用户、权利人、监管部门（可写多个）。",
    },
    doctrine: {
      en: "Notice starts the provider's notice-and-takedown duty; the paper argues that ignoring it may bring civil and administrative liability but generally not criminal liability (II.(二).1–2). For art. 286-1 only a regulator's order to correct counts, as the offense's own words say; a scholar the paper reports ([33](P143)) adds that a private notice cannot take its place (III.(二)).",
      zh: "通知启动服务商的“通知—删除”义务；论文认为不予理会可能承担民事、行政责任，但一般不宜追究刑事责任（二（二）1–2）。就第286条之一而言，依该罪条文，只有监管部门的责令改正才构成该罪的前提；论文所介绍的学者观点（[33](P143)）进一步认为，私人通知不能替代（三（二））。",
    },
    section: "II.(二)",
    sources: "[9](P219), [33](P143)",
    topics: ["notice-and-takedown", "art286-1-practice"],
  },
  'key:provider.takedown': {
    meaning: {
      en: "How the provider responded to notice or knowledge: prompt, delayed, refused, or no measures taken.",
      zh: "服务商在接到通知或知情后的处置：及时、迟延、拒绝或未采取措施。",
    },
    doctrine: {
      en: "Removal is the provider's post-notice duty. The paper argues that failing to delete, block or disconnect may bring civil and administrative liability — only if the provider knew, could technically stop it and doing so was within its capacity — but generally not criminal liability; art. 286-1 is the narrow exception (II.(二) summary).",
      zh: "移除是服务商接到通知后的义务。论文认为，未删除、屏蔽或断开连接的，只有在知晓内容、技术上能够阻止、阻止不超出承受能力时，才可能承担民事、行政责任，一般不宜追究刑事责任；第286条之一是狭窄的例外（二（二）小结）。",
    },
    section: "II.(二)",
    sources: "[26](P17), [31](P323)",
    topics: ["notice-and-takedown"],
  },
  'key:provider.modifies-content': {
    meaning: {
      en: "Whether a caching provider altered the information it cached (yes/no).",
      zh: "缓存服务商是否修改了所缓存的信息（是/否）。",
    },
    doctrine: {
      en: "Under art. 13 of the EU E-Commerce Directive, on which the paper relies, a cache is exempt only if it does not modify the information (and acts promptly once it knows the source is gone or an authority ordered removal); a cache that modifies content loses the exemption (II.(二).2).",
      zh: "论文援引的欧盟《电子商务指令》第13条规定，缓存服务商只有在未修改信息（并在知晓来源已删除或主管机关已下令清除后迅速处置）时才免责；修改了内容即失去免责（二（二）2）。",
    },
    section: "II.(二).2",
    sources: "[9](P202-203)",
    topics: ["notice-and-takedown"],
  },
  'key:provider.ranking': {
    meaning: {
      en: "Whether a search or link provider intervened in its results by hand: none, paid (e.g. paid top placement), or manual.",
      zh: "搜索、链接服务商是否对结果进行人为干预：无、付费（如收费置顶）、人工。",
    },
    doctrine: {
      en: "The paper argues that a positioning provider that does not intervene and honours notice-and-takedown is not liable for users' illegal information; once it intervenes, e.g. placing paid entries on top, it may be liable for false advertising, for art. 287-2 as principal, or as an accomplice in fraud or counterfeit-drug sales (II.(二).4).",
      zh: "论文认为，定位服务商只要不人为干预并履行通知—删除义务，就不为用户的违法信息负责；一旦干预，例如收费后把条目置顶，就可能作为正犯承担虚假广告罪或帮助信息网络犯罪活动罪之责，也可能成为诈骗罪、销售假药罪的共犯（二（二）4）。",
    },
    section: "II.(二).4",
    topics: ["notice-and-takedown"],
  },
  'key:provider.link-type': {
    meaning: {
      en: "How a link provider links: ordinary links that lead to the third party's page, or embedded (framed) links that show the content in place.",
      zh: "链接服务商的链接方式：跳转到第三方页面的普通链接，或在本页面内呈现内容的嵌入式（加框）链接。",
    },
    doctrine: {
      en: "With embedded links users may not see that the content comes from a third party and cannot reach its page, so the paper argues the link provider answers for the content's lawfulness; relying on the German Federal Court of Justice, which treats embedding as providing content, it may be a principal of false advertising, copyright infringement or dissemination of obscene material (II.(二).4).",
      zh: "嵌入式链接下，用户看不出内容来自第三方，也无法进入第三方页面，论文因此认为，链接服务商要对内容是否合法负责；德国联邦最高法院把嵌入式链接看作提供内容，据此，它可能成立侵犯著作权罪、虚假广告罪或传播淫秽物品罪等犯罪的正犯（二（二）4）。",
    },
    section: "II.(二).4",
    sources: "[30](P128)",
    topics: ["notice-and-takedown"],
  },
  'key:provider.industry-rules': {
    meaning: {
      en: "Whether the service kept the rules of its trade (true applicant data for broadband, credentials for payment interfaces, bans on number-changing software …): complied or violated.",
      zh: "服务是否遵守行业规定（宽带报装信息真实、支付接口资质、禁售改号软件等）：遵守或违反。",
    },
    doctrine: {
      en: "One of the paper's two main tests: help that breaks the industry rules overflows legitimate business, loses its neutrality and may be the help offense or complicity (案1, 案3–5); a service that keeps them stays neutral, even if the provider knows of misuse (III.(一), closing paragraph).",
      zh: "论文的两项主要标准之一：帮助一旦违反行业规定，就超出了正当业务、失去中立性，可能以帮助信息网络犯罪活动罪或共犯论处（案1、案3–5）；遵守行业规定的服务，即便明知被滥用，仍属中立（三（一）末段）。",
    },
    section: "III.(一)",
    topics: ["psychological-causality", "help-offense-cases"],
  },
  'key:provider.targeted': {
    meaning: {
      en: "Whether the service was provided specially for someone's crime rather than offered to the public (yes/no).",
      zh: "服务是否专门为他人犯罪提供，而非面向公众的一般服务（是/否）。",
    },
    doctrine: {
      en: "The abstract makes this decisive for art. 287-2: help supplied specially for others' crimes. For hosting, the paper argues only hosting provided specially for the crime may lack business character and be the offense (案2, III.(一).2); untargeted help lacks the psychological causal link (III.(一), closing paragraph).",
      zh: "摘要把“是否专门为他人犯罪提供帮助”作为第287条之二的决定因素。就服务器托管，论文认为只有专门为犯罪提供的托管，才可能因欠缺业务性而成立本罪（案2，三（一）2）；不针对特定对象的帮助缺乏心理因果性（三（一）末段）。",
    },
    section: "III.(一).2",
    topics: ["psychological-causality", "help-offense-cases", "abstract"],
  },
  'key:provider.participation': {
    meaning: {
      en: "How far the provider took part in the other's crime: none, shallow (ordinary service), or deep (building and running tools for the crime).",
      zh: "服务商参与他人犯罪的程度：无、一般（普通服务）、深度（为犯罪搭建、维护工具）。",
    },
    doctrine: {
      en: "The paper argues that deep participation is both the condition of complicity and the line between unpunishable neutral help and the help offense (案6, III.(一).5 and closing paragraph); the abstract names it as decisive.",
      zh: "论文认为，是否深度参与既是成立共犯的条件，也是把不可罚的中立帮助同帮助信息网络犯罪活动罪划分开来的界线（案6，三（一）5及末段）；摘要亦将其列为决定因素。",
    },
    section: "III.(一).5",
    topics: ["psychological-causality", "help-offense-cases", "abstract"],
  },
  'key:provider.profit': {
    meaning: {
      en: "Whether the provider acted for profit (yes/no). Art. 363 requires a purpose of profit.",
      zh: "服务商是否以牟利为目的（是/否）。第363条要求以牟利为目的。",
    },
    doctrine: {
      en: "The Qvod court found a purpose of profit; the paper's case for acquittal does not turn on it but on caching, neutrality, evidence and legality (I.). Its tests for the help offense likewise look at industry rules, targeting and participation, not at whether fees were charged (III.(一)).",
      zh: "快播案法院认定了牟利目的；论文主张无罪的理由不在于此，而在于缓存性质、中立性、证据与罪刑法定（一）。论文判断帮助信息网络犯罪活动罪能否成立，同样看的是行业规定、是否专门提供、参与深浅，而不看是否收费（三（一））。",
    },
    section: "I.",
    topics: ["four-positions", "help-offense-cases"],
  },
  'key:provider.blocks-user-content': {
    meaning: {
      en: "Whether the provider deletes or blocks users' messages or content of its own accord (yes/no).",
      zh: "服务商是否自行删除或屏蔽用户的消息、内容（是/否）。",
    },
    doctrine: {
      en: "The abstract points to providers such as Tencent blocking and deleting WeChat and text messages at will, harming some users' freedom of speech; the paper also warns that deletion and blocking orders may intrude on privacy and speech (abstract; III.(二)).",
      zh: "摘要指出，腾讯等服务商随意屏蔽、删除微信和短信，使一部分网民的言论自由受到侵害；论文也提醒，责令删除、屏蔽可能不当介入隐私、妨碍言论自由（摘要；三（二））。",
    },
    section: "abstract",
    topics: ["abstract", "policy"],
  },
  'key:provider.order': {
    meaning: {
      en: "Whether the provider was ordered to take corrective measures, and by whom: none, a regulator, or a private party.",
      zh: "服务商是否被责令采取改正措施，由谁责令：无、监管部门、私人。",
    },
    doctrine: {
      en: "Art. 286-1 needs a regulator's order to correct and a refusal, and the paper states the offense in those terms (II.(二) summary); a scholar the paper reports ([33](P143)) adds expressly that private parties cannot give the order. The paper's own proposal is that regulators order correction only in grave situations (II.(二).3, III.(二)).",
      zh: "第286条之一以监管部门责令改正而拒不改正为要件，论文也是这样表述该罪的（二（二）小结）；论文所介绍的学者观点（[33](P143)）进一步明确，私人无权责令。论文自己的主张是，监管部门仅在情形严重时才可责令改正（二（二）3、三（二））。",
    },
    section: "III.(二)",
    sources: "[33](P143), [36](P73)",
    topics: ["art286-1-practice"],
  },
  'key:provider.order-matter': {
    meaning: {
      en: "What the order to correct concerned: national security, public security, personal data, evidence at risk of loss, or other.",
      zh: "责令改正所涉事项：国家安全、公共安全、个人信息、证据灭失或其他。",
    },
    doctrine: {
      en: "The paper would let regulators order correction only where information about serious crimes touching national or public security risks spreading ([36](P73)), personal data may leak on a large scale, or evidence of a major case may be lost (II.(二).3 and summary, III.(二)).",
      zh: "论文主张，监管部门只能在下列情形下责令改正：关乎国家安全、公共安全的严重犯罪信息有扩散危险（[36](P73)），公民个人信息可能大规模泄露，或重大案件的证据可能灭失（二（二）3及小结、三（二））。",
    },
    section: "II.(二).3",
    sources: "[36](P73)",
    topics: ["art286-1-practice", "storage"],
  },
  'key:provider.corrected': {
    meaning: {
      en: "Whether the provider took the corrective measures it was ordered to take (yes/no).",
      zh: "服务商是否按责令采取了改正措施（是/否）。",
    },
    doctrine: {
      en: "Art. 286-1 punishes refusal to correct after a regulator's order; a provider that corrected has not refused. The paper asks for a precise definition of 'refusal' and a statement-and-defence procedure (III.(二)).",
      zh: "第286条之一处罚的是经监管部门责令后拒不改正；已经改正的，不存在拒不改正。论文主张细化“拒不改正”的认定并设置陈述、申辩程序（三（二））。",
    },
    section: "III.(二)",
    topics: ["art286-1-practice"],
  },
  'key:provider.consequence': {
    meaning: {
      en: "What followed from the refusal: mass dissemination of illegal information, leak of users' data, loss of criminal evidence, or other serious circumstances.",
      zh: "拒不改正造成的后果：违法信息大量传播、用户信息泄露、刑事案件证据灭失或其他严重情节。",
    },
    doctrine: {
      en: "These are art. 286-1's four consequences. The paper argues the first three must be read narrowly, and the catch-all 'other serious circumstances' by the ejusdem generis rule — comparable harm — and used with restraint (III.(二)).",
      zh: "这是第286条之一列举的四项后果。论文认为前三项应作限制解释，兜底的“其他严重情节”应按同类解释规则理解为危害相当，并审慎适用（三（二））。",
    },
    section: "III.(二)",
    topics: ["art286-1-practice"],
  },

  // -------------------------------------------------------------------------
  // offender keys

  'key:offender.offense': {
    meaning: {
      en: "The offense the principal committed (exactly one offense id, e.g. art266).",
      zh: "正犯所犯罪名（仅一个罪名标识符，如第266条）。",
    },
    doctrine: {
      en: "A provider whose deep participation or non-neutral, knowing help furthers this offense may be its accomplice; under art. 287-2 para. 3 the heavier offense then governs (案1, 案6; III.(一)).",
      zh: "服务商以深度参与或非中立的帮助促进该犯罪的，可能成立其共犯；依第287条之二第3款，此时从一重罪处断（案1、案6；三（一））。",
    },
    section: "III.(一)",
    topics: ["help-offense-cases"],
  },
  'key:offender.uses': {
    meaning: {
      en: "The providers whose services the offender used for the crime (one or more provider ids).",
      zh: "正犯实施犯罪所利用的服务商（一个或多个服务商标识符）。",
    },
    doctrine: {
      en: "Use alone does not make the provider an accomplice: the paper argues knowing help is punishable only when it broke industry rules, was targeted, or went deep — when it has a psychological causal link to the crime (III.(一), closing paragraph).",
      zh: "被利用本身并不使服务商成为共犯：论文认为，明知而提供的帮助只有在违反行业规定、专门针对或深度参与，即与犯罪具有心理因果联系时，才可罚（三（一）末段）。",
    },
    section: "III.(一)",
    topics: ["psychological-causality"],
  },

  // -------------------------------------------------------------------------
  // charge keys

  'key:charge.court': {
    meaning: {
      en: "What the court decided on this charge: convicted, acquitted, rejected (declined the charge), or pending.",
      zh: "法院对该指控的认定：有罪、无罪、不予认定（未采纳该指控）、未决。",
    },
  },
  'key:charge.reason': {
    meaning: {
      en: "The court's reasoning that the paper answers: tech-user, legal-works-only, principal-act, common-intent, cache-is-dissemination (one or more).",
      zh: "论文所回应的法院理由：技术使用者、仅保护合法作品、实行行为、共同占有故意、缓存即传播（可写多个）。",
    },
    doctrine: {
      en: "The paper rejects each of the Qvod court's three reasons for refusing the neutrality defences (I.(二)), disputes that caching is dissemination (I.(一)), and questions 案3's demand for a shared intent to possess (III.(一).3).",
      zh: "论文逐一驳斥快播案法院拒绝中立抗辩的三项理由（一（二）），否认缓存即传播（一（一）），并质疑案3要求共同非法占有故意的说理（三（一）3）。",
    },
    section: "I.(二)",
    topics: ["tech-neutrality", "neutral-help", "four-positions", "help-offense-cases"],
  },
  'key:charge.basis': {
    meaning: {
      en: "The legal basis the court relied on (or is said to have relied on): the 2010 interpretation art. 4, Cybersecurity Law art. 68, Tort Law art. 36, or a free string.",
      zh: "法院所依据（或被认为依据）的规定：2010年解释第4条、网络安全法第68条、侵权责任法第36条，或自由文字。",
    },
    doctrine: {
      en: "The paper argues that relying on the 2010 interpretation, which reads accessory acts as principal acts, breaks the legality principle, so the Qvod judgment applied the law wrongly (I.(四)).",
      zh: "论文认为，以把共犯行为解释为实行行为的2010年司法解释为依据，违反罪刑法定原则，快播案判决因而适用法律错误（一（四））。",
    },
    section: "I.(四)",
    topics: ["co-principal-interpretation"],
  },

  // -------------------------------------------------------------------------
  // evidence keys

  'key:evidence.seized': {
    meaning: {
      en: "How many items (e.g. files) were seized, with an optional note, e.g. 21251 \"obscene video files on 3 cache servers\".",
      zh: "查获物品（如文件）的数量，可附注说明，如 21251 “3台缓存服务器中的淫秽视频文件”。",
    },
    doctrine: {
      en: "In Qvod the 21,251 files were the core evidence; the paper argues their collection and custody left authentication gaps, and the count alone shows nothing about dissemination (I.(三)).",
      zh: "快播案中21251个文件是核心证据；论文认为其取证、保管环节存在鉴真缺陷，且数量本身并不能证明传播（一（三））。",
    },
    section: "I.(三)",
    sources: "[18](P89, P100)",
    topics: ["evidence"],
  },
  'key:evidence.direct-dissemination': {
    meaning: {
      en: "Whether there is direct proof that the provider published or served the material (yes/no).",
      zh: "是否有服务商发布或提供该内容的直接证据（是/否）。",
    },
    doctrine: {
      en: "The Qvod judgment conceded there was no direct evidence that Qvod 'published' the videos; the paper argues that such doubt goes to the defendant (I.(三)).",
      zh: "快播案判决承认没有快播“发布”这些视频的直接证据；论文认为此种疑点应作有利于被告的处理（一（三））。",
    },
    section: "I.(三)",
    sources: "[2](P112)",
    topics: ["evidence"],
  },
  'key:evidence.access-count': {
    meaning: {
      en: "Whether it is known how often users viewed or downloaded the material through the provider's servers: known or unknown.",
      zh: "用户经服务商服务器浏览、下载该内容的次数是否查明：已查明或不明。",
    },
    doctrine: {
      en: "In Qvod neither the number of downloads nor the share served through the cache could be known; the paper argues that without proof of the frequency, in dubio pro reo (疑罪从无) applies (I.(三)).",
      zh: "快播案中，下载数量以及由缓存服务器加速的比例均无从查明；论文认为，没有频次证据时应适用疑罪从无（一（三））。",
    },
    section: "I.(三)",
    sources: "[2](P112)",
    topics: ["evidence"],
  },
  'key:evidence.authentication': {
    meaning: {
      en: "Whether the electronic evidence was soundly authenticated (collection and custody): sound or defective.",
      zh: "电子证据的鉴真（取证与保管）是否无瑕疵：无瑕疵或有瑕疵。",
    },
    doctrine: {
      en: "The paper, citing [18], argues that the Qvod servers' authentication was flawed and that later expert opinions used as corroboration could not cure it (I.(三)).",
      zh: "论文援引[18]认为，快播案服务器证据的鉴真存在缺陷，事后借助新出具的鉴定意见进行补强，也无法补救（一（三））。",
    },
    section: "I.(三)",
    sources: "[18](P89, P100)",
    topics: ["evidence"],
  },

  // -------------------------------------------------------------------------
  // role values

  'value:role.access': {
    meaning: {
      en: "Connects users to the Internet (broadband, lines).",
      zh: "为用户提供互联网接入（宽带、线路等）。",
    },
    doctrine: {
      en: "The paper argues access providers need not review or monitor users' content and generally face only civil and administrative liability for ignoring notice ([28](P101); II.(二).1). But access that breaks industry rules — 案1's 'black broadband' on false ID cards — overflows neutral help (III.(一).1).",
      zh: "论文认为接入服务商不负审查、监控用户内容的义务，不理会通知一般也只承担民事、行政责任（[28](P101)；二（二）1）。但违反行业规定的接入——如案1用假身份证办理“黑宽带”——已溢出中立帮助范畴（三（一）1）。",
    },
    section: "II.(二).1",
    sources: "[28](P101)",
    topics: ["notice-and-takedown", "help-offense-cases"],
  },
  'value:role.transmission': {
    meaning: {
      en: "Carries communications or data (telecom lines, call forwarding, number services).",
      zh: "传输通信或数据（电信线路、呼叫转接、号码服务等）。",
    },
    doctrine: {
      en: "Treated with access in II.(二).1: no monitoring duty, generally no criminal liability. The paper argues carriers such as China Telecom stay neutral even when they know their lines serve crime, as long as they keep the industry rules; individuals who break them (案3, the 上虞 call-forwarding case) may commit art. 287-2 (III.(一).3).",
      zh: "与接入一并在二（二）1讨论：无监控义务，一般不承担刑事责任。论文认为，中国电信等运营商只要遵守行业规定，即便明知线路被用于犯罪也属中立；违反规定的个人（案3、上虞呼叫转接案）则可能以帮助信息网络犯罪活动罪论处（三（一）3）。",
    },
    section: "III.(一).3",
    topics: ["notice-and-takedown", "help-offense-cases"],
  },
  'value:role.caching': {
    meaning: {
      en: "Keeps temporary copies of content so that users need not fetch it again from its source (e.g. Qvod's cache servers).",
      zh: "临时保存内容副本，使用户无须再从源头调取（如快播的缓存服务器）。",
    },
    doctrine: {
      en: "The paper argues caching is storage in technique but transmission in function ([9](P202)); Qvod's cache sped up delivery only after users clicked links elsewhere, so it was no positive act of dissemination ([10](P24); I.(一)). Like access, a cache owes no monitoring duty, only notice-and-takedown, and generally no criminal liability (II.(二).2, [9](P202-203)).",
      zh: "论文认为，缓存技术上属存储、功能上属传输（[9](P202)）；快播的缓存只在用户点击他处链接后才提供加速，并无积极的传播行为（[10](P24)；一（一））。与接入一样，缓存服务商不负监控义务，只负通知—删除义务，一般不宜追究刑事责任（二（二）2，[9](P202-203)）。",
    },
    section: "I.(一)",
    sources: "[9](P202), [10](P24), [9](P202-203)",
    topics: ["four-positions", "notice-and-takedown", "tech-neutrality"],
  },
  'value:role.storage': {
    meaning: {
      en: "Stores content for users: hosting, server rental, storage space.",
      zh: "为用户存储内容：服务器托管、租用、存储空间等。",
    },
    doctrine: {
      en: "The paper rejects the view ([6](P14)) that a host must supervise stored content: like a warehouse keeper, a host need not check what customers store, and such a duty would infringe privacy and speech; it owes notice-and-delete ([9](P219); II.(二).3). Hosting may be the help offense only if provided specially for the crime (案2, III.(一).2).",
      zh: "论文反对存储服务商负有监管义务的观点（[6](P14)）：如同仓储经营者无须检查客户存放的货物，存储服务商也无须审查用户所存内容，否则侵犯隐私与言论自由；其只负通知—删除义务（[9](P219)；二（二）3）。服务器托管只有专为犯罪而提供时，才可能按帮助信息网络犯罪活动罪处理（案2，三（一）2）。",
    },
    section: "II.(二).3",
    sources: "[6](P14), [9](P219), [26](P17)",
    topics: ["storage", "help-offense-cases"],
  },
  'value:role.search': {
    meaning: {
      en: "A search engine: an information-positioning service.",
      zh: "搜索引擎：信息定位服务。",
    },
    doctrine: {
      en: "The paper argues that reviewing every result is impossible technically and legally, so a search provider that does not intervene by hand and honours notice-and-takedown is not liable for users' illegal information; paid or manual ranking may bring false advertising, art. 287-2, or complicity in fraud or counterfeit-drug sales (II.(二).4).",
      zh: "论文认为，逐条审查搜索结果在技术上和法律判断上都不可能，因此不人为干预并履行通知—删除义务的搜索服务商不为用户的违法信息负责；付费或人工干预排名的，则可能涉及虚假广告罪或帮助信息网络犯罪活动罪；还可能构成诈骗罪、销售假药罪的共犯（二（二）4）。",
    },
    section: "II.(二).4",
    topics: ["notice-and-takedown", "isp-classes"],
  },
  'value:role.link': {
    meaning: {
      en: "Provides links to others' content: an information-positioning service.",
      zh: "提供指向他人内容的链接：信息定位服务。",
    },
    doctrine: {
      en: "Like search: no liability without human intervention if takedown is honoured. But the paper argues that embedded (framed) links make the provider answer for the content's lawfulness, relying on the German Federal Court of Justice ([30](P128); II.(二).4).",
      zh: "与搜索相同：不人为干预并履行移除义务的，不承担责任。但论文依德国联邦最高法院的观点认为，嵌入式（加框）链接的提供者应对内容的合法性负责（[30](P128)；二（二）4）。",
    },
    section: "II.(二).4",
    sources: "[30](P128)",
    topics: ["notice-and-takedown", "isp-classes"],
  },
  'value:role.advertising': {
    meaning: {
      en: "Advertising or promotion services (e.g. keyword promotion). Named in art. 287-2; not an ISP class.",
      zh: "广告推广服务（如关键词推广）。第287条之二列明的帮助方式，不属网络服务商类型。",
    },
    doctrine: {
      en: "The paper argues advertising is criminal only if it breaks the industry rules and loses its neutrality (案4: fake customer-service numbers promoted on Baidu); ordinary, untargeted and unmanipulated ads cannot be crimes (III.(一).4).",
      zh: "论文认为，广告推广只有违反行业规定、丧失中立性时才可能构成犯罪（案4：在百度推广虚假客服电话）；不针对特定对象、不人为干预的正常推广不可能构成犯罪（三（一）4）。",
    },
    section: "III.(一).4",
    topics: ["help-offense-cases"],
  },
  'value:role.payment': {
    meaning: {
      en: "Payment and settlement services (payment interfaces, accounts). Named in art. 287-2; not an ISP class.",
      zh: "支付结算服务（支付接口、账户等）。第287条之二列明的帮助方式，不属网络服务商类型。",
    },
    doctrine: {
      en: "The paper argues payment help is criminal only if it breaks the industry rules (案5: accounts opened with bought company credentials and fake domain filings); Alipay and banks that keep the rules cannot commit a crime by settling payments (III.(一).4).",
      zh: "论文认为，支付结算帮助只有违反行业规定才可能构成犯罪（案5：用购买的企业证照和假备案域名申请账户）；遵守行业规定的支付宝、银行不会因提供结算服务而构成犯罪（三（一）4）。",
    },
    section: "III.(一).4",
    topics: ["help-offense-cases"],
  },
  'value:role.technical': {
    meaning: {
      en: "Other technical support (building or maintaining sites, evading blocking). Named in art. 287-2; not an ISP class.",
      zh: "其他技术支持（搭建、维护网站，规避拦截等）。第287条之二列明的帮助方式，不属网络服务商类型。",
    },
    doctrine: {
      en: "案6: building and maintaining a phishing site for a theft ring was deep participation, making the helpers accomplices of theft; the paper takes deep participation as the line between neutral help and punishable help (III.(一).5).",
      zh: "案6：为盗窃团伙搭建、维护钓鱼网站属于深度参与，帮助者成立盗窃罪共犯；论文以是否深度参与作为区分中立帮助与可罚帮助的界线（三（一）5）。",
    },
    section: "III.(一).5",
    topics: ["help-offense-cases", "psychological-causality"],
  },
  'value:role.content': {
    meaning: {
      en: "Publishes its own content, or reviews or edits others' content before putting it online.",
      zh: "发布自己的内容，或对他人内容审核、加工后上传。",
    },
    doctrine: {
      en: "The paper argues content providers are not ISPs: like anyone publishing in print they answer for what they publish, under offenses such as defamation or spreading false information, so ISP rules do not shelter them (II.(一)).",
      zh: "论文认为内容提供者不属于网络服务商：与在报刊上发表言论一样，应对所发布内容负责，诽谤、传播虚假信息等罪名已可规制，网络服务商规则不为其提供庇护（二（一））。",
    },
    section: "II.(一)",
    sources: "[27](P108)",
    topics: ["isp-classes"],
  },
  'value:role.platform': {
    meaning: {
      en: "A 'platform' — a label, not a function. Prefer the functions it performs.",
      zh: "“平台”——是名称而非功能。宜改写为其实际承担的功能。",
    },
    doctrine: {
      en: "The paper finds 'platform' widely used but vague: a platform may be a content, caching or storage provider, so it should be classified by function (II.(一)).",
      zh: "论文认为“平台”一词虽被广泛使用，却包罗万象：平台可能是内容、缓存或存储服务商，应按功能分类（二（一））。",
    },
    section: "II.(一)",
    sources: "[10](P13)",
    topics: ["isp-classes"],
  },
  'value:role.software': {
    meaning: {
      en: "An 'access software' provider — a label, not a function. Prefer the functions the software performs.",
      zh: "“访问软件提供者”——是名称而非功能。宜改写为软件实际承担的功能。",
    },
    doctrine: {
      en: "The paper would classify software by what it actually does — transmission, access, caching, storage or positioning; Qvod's software was caching plus positioning (II.(一)).",
      zh: "论文主张依软件实际起到的作用，将其归入传输、接入、缓存、存储或定位服务商；快播软件属于缓存加定位（二（一））。",
    },
    section: "II.(一)",
    sources: "[27](P108)",
    topics: ["isp-classes"],
  },

  // -------------------------------------------------------------------------
  // knowledge values

  'value:knowledge.none': {
    meaning: {
      en: "The provider did not know of the crime or the illegal content.",
      zh: "服务商不知道该犯罪或违法内容。",
    },
    doctrine: {
      en: "Without knowledge there is no notice-and-takedown duty and, in the paper's view, no general duty to monitor that could replace it (II.(二)).",
      zh: "不知情则不产生通知—删除义务；论文认为也不存在可替代它的一般监控义务（二（二））。",
    },
    section: "II.(二)",
    topics: ["notice-and-takedown"],
  },
  'value:knowledge.general': {
    meaning: {
      en: "The provider knew in general that its service is misused, but not of this crime or content.",
      zh: "服务商概括地知道其服务被滥用，但不知道具体的犯罪或内容。",
    },
    doctrine: {
      en: "General awareness creates no duty: the paper denies any general duty to review or monitor users' content ([31](P323); II.(二) summary).",
      zh: "概括知道不产生义务：论文否认服务商对用户内容负有一般性的审查、监控义务（[31](P323)；二（二）小结）。",
    },
    section: "II.(二)",
    sources: "[31](P323)",
    topics: ["notice-and-takedown"],
  },
  'value:knowledge.specific': {
    meaning: {
      en: "The provider knew of this crime or this illegal content (明知).",
      zh: "服务商明知具体的犯罪或违法内容。",
    },
    doctrine: {
      en: "Required for art. 287-2 and complicity, but the paper argues it is not enough: neutral help that keeps the industry rules, is untargeted and not deep stays unpunished even with knowledge (III.(一).3–4 and closing paragraph).",
      zh: "这是第287条之二和共犯的必要条件，但论文认为并不充分：遵守行业规定、不针对特定对象、未深度参与的中立帮助，即便明知也不处罚（三（一）3–4及末段）。",
    },
    section: "III.(一)",
    topics: ["psychological-causality", "help-offense-cases"],
  },

  // -------------------------------------------------------------------------
  // notice values

  'value:notice.none': {
    meaning: { en: "Nobody notified the provider.", zh: "无人通知服务商。" },
    doctrine: {
      en: "Without notice or knowledge the provider has no takedown duty (II.(二)).",
      zh: "既无通知又不知情的，服务商不负移除义务（二（二））。",
    },
    section: "II.(二)",
    topics: ["notice-and-takedown"],
  },
  'value:notice.user': {
    meaning: { en: "A user notified the provider.", zh: "用户通知了服务商。" },
    doctrine: {
      en: "Notice makes the provider aware and triggers notice-and-takedown, which the paper confines to civil and administrative liability (II.(二)). Qvod had been investigated after users reported obscene videos (I.).",
      zh: "通知使服务商知情，启动通知—删除义务；论文将其限于民事、行政责任（二（二））。快播曾因用户反映存在大量淫秽视频而被查处（一）。",
    },
    section: "II.(二)",
    topics: ["notice-and-takedown"],
  },
  'value:notice.rightholder': {
    meaning: { en: "A rightholder (e.g. a copyright owner) notified the provider.", zh: "权利人（如著作权人）通知了服务商。" },
    doctrine: {
      en: "The classic safe-harbour notice: the paper argues that failing to act may bring civil (contributory) and administrative liability, generally not criminal (I.(二), II.(二)).",
      zh: "典型的“避风港”通知：论文认为不予处置可能承担民事（帮助侵权）、行政责任，一般不承担刑事责任（一（二）、二（二））。",
    },
    section: "II.(二)",
    topics: ["notice-and-takedown", "tech-neutrality"],
  },
  'value:notice.regulator': {
    meaning: { en: "A regulator notified the provider (e.g. after an investigation).", zh: "监管部门通知了服务商（如查处之后）。" },
    doctrine: {
      en: "A regulator's notice makes the provider aware; only a regulator's *order to correct* opens art. 286-1, and the paper would confine such orders to grave matters (III.(二)).",
      zh: "监管部门的通知使服务商知情；只有监管部门的*责令改正*才可能引出第286条之一，且论文主张此类责令应限于严重事项（三（二））。",
    },
    section: "III.(二)",
    sources: "[33](P143), [36](P73)",
    topics: ["notice-and-takedown", "art286-1-practice"],
  },

  // -------------------------------------------------------------------------
  // takedown values

  'value:takedown.prompt': {
    meaning: { en: "The provider removed or blocked the content promptly.", zh: "服务商及时删除或屏蔽了内容。" },
    doctrine: {
      en: "Prompt takedown discharges the duty the paper recognises; no civil or criminal liability follows from users' content (II.(二)).",
      zh: "及时移除即履行了论文所承认的义务，不因用户内容承担民事或刑事责任（二（二））。",
    },
    section: "II.(二)",
    topics: ["notice-and-takedown"],
  },
  'value:takedown.delayed': {
    meaning: { en: "The provider removed the content, but late.", zh: "服务商删除了内容，但有迟延。" },
    doctrine: {
      en: "Delay may bring civil and administrative liability for the harm in the meantime; the paper would generally not make it criminal (II.(二)).",
      zh: "迟延可能就期间扩大的损害承担民事、行政责任；论文认为一般不宜追究刑事责任（二（二））。",
    },
    section: "II.(二)",
    topics: ["notice-and-takedown"],
  },
  'value:takedown.refused': {
    meaning: { en: "The provider refused to remove the content.", zh: "服务商拒绝删除内容。" },
    doctrine: {
      en: "Even refusal after notice, the paper argues, generally brings civil and administrative liability only — for Qvod, administrative and contributory civil liability (I.(二)); art. 286-1 applies only under its own narrow conditions (II.(二) summary).",
      zh: "论文认为，即便接到通知后拒绝移除，一般也只承担民事、行政责任——快播即为行政责任和帮助侵权的民事责任（一（二））；第286条之一仅在其狭窄条件下适用（二（二）小结）。",
    },
    section: "II.(二)",
    topics: ["notice-and-takedown", "tech-neutrality"],
  },
  'value:takedown.none': {
    meaning: { en: "The provider took no measures.", zh: "服务商未采取任何措施。" },
    doctrine: {
      en: "As with refusal: may bring civil and administrative liability if the provider knew and could act; generally not criminal (II.(二)).",
      zh: "与拒绝相同：服务商知情且能处置的，可能承担民事、行政责任，一般不承担刑事责任（二（二））。",
    },
    section: "II.(二)",
    topics: ["notice-and-takedown"],
  },

  // -------------------------------------------------------------------------
  // yes/no

  'value:yesno.yes': {
    meaning: {
      en: "Yes: the fact holds as stated. Written yes / 是 / 有.",
      zh: "是：该事实成立。可写 yes / 是 / 有。",
    },
  },
  'value:yesno.no': {
    meaning: {
      en: "No: the fact is stated not to hold. Written no / 否 / 无. A stated no differs from leaving the fact out, which counts as unknown.",
      zh: "否：写明该事实不成立。可写 no / 否 / 无。写明“否”不同于不写——不写视为未知。",
    },
  },

  // -------------------------------------------------------------------------
  // ranking values

  'value:ranking.none': {
    meaning: { en: "No human intervention in results or link order.", zh: "对搜索结果或链接顺序无人为干预。" },
    doctrine: {
      en: "Without intervention, and with takedown honoured, the paper holds positioning providers not liable for users' content (II.(二).4).",
      zh: "未人为干预且履行移除义务的，论文认为定位服务商不对用户内容负责（二（二）4）。",
    },
    section: "II.(二).4",
    topics: ["notice-and-takedown"],
  },
  'value:ranking.paid': {
    meaning: { en: "Entries were placed or ranked for payment (e.g. paid top placement).", zh: "收费后对条目进行置顶或排序（如付费置顶）。" },
    doctrine: {
      en: "The paper's own example of human intervention: it may bring false advertising, art. 287-2 as principal, or complicity in fraud or counterfeit-drug sales (II.(二).4).",
      zh: "论文所举人为干预之例：可能作为正犯承担虚假广告罪或帮助信息网络犯罪活动罪之责，也可能成为诈骗罪、销售假药罪的共犯（二（二）4）。",
    },
    section: "II.(二).4",
    topics: ["notice-and-takedown"],
  },
  'value:ranking.manual': {
    meaning: { en: "Entries were placed or ranked by hand, without payment.", zh: "人工对条目进行置顶或排序（非付费）。" },
    doctrine: {
      en: "Any human intervention ends the positioning provider's shelter in the paper's view; the same liabilities may come into view (II.(二).4).",
      zh: "论文认为，任何人为干预都使定位服务商失去庇护，可能面临同样的责任（二（二）4）。",
    },
    section: "II.(二).4",
    topics: ["notice-and-takedown"],
  },

  // -------------------------------------------------------------------------
  // link-type values

  'value:linkType.ordinary': {
    meaning: { en: "Ordinary links that take the user to the third party's page.", zh: "把用户带到第三方页面的普通链接。" },
    doctrine: {
      en: "A positioning service: no liability without human intervention if takedown is honoured (II.(二).4).",
      zh: "属定位服务：未人为干预且履行移除义务的，不承担责任（二（二）4）。",
    },
    section: "II.(二).4",
    topics: ["notice-and-takedown"],
  },
  'value:linkType.embedded': {
    meaning: { en: "Embedded or framed links that show third-party content in place.", zh: "在本页面内呈现第三方内容的嵌入式或加框链接。" },
    doctrine: {
      en: "Users cannot tell the content comes from a third party, so the paper, following the German Federal Court of Justice, treats embedding as providing content: the provider answers for its lawfulness and may be a principal of false advertising, copyright infringement or dissemination of obscene material (II.(二).4).",
      zh: "用户无从分辨内容来自第三方，论文依德国联邦最高法院的观点，将嵌入视为内容提供：提供者要为内容是否合法负责，可能成立侵犯著作权罪、虚假广告罪或传播淫秽物品罪等犯罪的正犯（二（二）4）。",
    },
    section: "II.(二).4",
    sources: "[30](P128)",
    topics: ["notice-and-takedown"],
  },

  // -------------------------------------------------------------------------
  // industry-rules values

  'value:industryRules.complied': {
    meaning: { en: "The service kept the rules of its trade.", zh: "服务遵守了行业规定。" },
    doctrine: {
      en: "The paper argues that carriers, search advertising, Alipay and banks that keep the rules provide neutral help and commit no crime even when they know of misuse (III.(一).3–4).",
      zh: "论文认为，遵守行业规定的电信运营商、搜索推广、支付宝和银行提供的是中立帮助，即便明知被滥用也不构成犯罪（三（一）3–4）。",
    },
    section: "III.(一).3–4",
    topics: ["help-offense-cases", "psychological-causality"],
  },
  'value:industryRules.violated': {
    meaning: { en: "The service broke the rules of its trade.", zh: "服务违反了行业规定。" },
    doctrine: {
      en: "Help that breaks industry rules overflows legitimate business and loses neutrality, so with knowledge it may be the help offense or complicity (案1, 案3, 案4, 案5; III.(一)).",
      zh: "违反行业规定的帮助超出了正当业务、失去中立性，行为人明知的，可能按帮助信息网络犯罪活动罪或共犯处理（案1、案3、案4、案5；三（一））。",
    },
    section: "III.(一)",
    topics: ["help-offense-cases", "psychological-causality"],
  },

  // -------------------------------------------------------------------------
  // participation values

  'value:participation.none': {
    meaning: { en: "The provider took no part in the crime beyond offering its service.", zh: "服务商除提供服务外未参与犯罪。" },
    doctrine: {
      en: "One mark of neutral help in the paper's closing test (III.(一)).",
      zh: "属于论文在三（一）末段所列中立帮助的标志之一（三（一））。",
    },
    section: "III.(一)",
    topics: ["psychological-causality"],
  },
  'value:participation.shallow': {
    meaning: { en: "Ordinary involvement, such as installing or maintaining a service.", zh: "一般性的参与，如安装、维护服务。" },
    doctrine: {
      en: "Not deep participation; whether the help is punishable then turns on the industry rules and targeting (III.(一)).",
      zh: "不属深度参与；是否可罚取决于是否违反行业规定、是否专门针对（三（一））。",
    },
    section: "III.(一)",
    topics: ["psychological-causality"],
  },
  'value:participation.deep': {
    meaning: { en: "Deep participation: e.g. building and running the tools of the crime.", zh: "深度参与：如搭建、运营犯罪工具。" },
    doctrine: {
      en: "The paper argues deep participation makes the provider an accomplice of the principal offense, not merely a helper under art. 287-2 (案6, III.(一).5).",
      zh: "论文认为，深度参与使服务商成立正犯之罪的共犯，而不仅是第287条之二的帮助者（案6，三（一）5）。",
    },
    section: "III.(一).5",
    topics: ["help-offense-cases", "psychological-causality"],
  },

  // -------------------------------------------------------------------------
  // order values

  'value:order.none': {
    meaning: { en: "No order to correct was given.", zh: "未被责令改正。" },
    doctrine: {
      en: "Without a regulator's order there is no art. 286-1 (III.(二)).",
      zh: "没有监管部门的责令，就不成立第286条之一（三（二））。",
    },
    section: "III.(二)",
    topics: ["art286-1-practice"],
  },
  'value:order.regulator': {
    meaning: { en: "A regulator ordered the provider to take corrective measures.", zh: "监管部门责令服务商采取改正措施。" },
    doctrine: {
      en: "The gateway to art. 286-1. The paper would confine such orders to grave matters and asks for a defined procedure, including counter-notice or statement-and-defence (II.(二).3, III.(二)).",
      zh: "第286条之一的前提。论文主张此类责令限于严重事项，并应规定包括反通知或陈述、申辩在内的程序（二（二）3、三（二））。",
    },
    section: "III.(二)",
    sources: "[33](P143), [36](P73)",
    topics: ["art286-1-practice"],
  },
  'value:order.private': {
    meaning: { en: "A private party (not a regulator) demanded correction.", zh: "由私人（而非监管部门）要求改正。" },
    doctrine: {
      en: "Does not count for art. 286-1: the offense requires an order from a regulator, as the paper states it (II.(二) summary), and a scholar the paper reports ([33](P143)) excludes private parties expressly (III.(二)).",
      zh: "不构成第286条之一的责令：该罪要求监管部门责令，论文也如此表述（二（二）小结）；论文所介绍的学者观点（[33](P143)）明确把私人排除在责令主体之外（三（二））。",
    },
    section: "III.(二)",
    sources: "[33](P143)",
    topics: ["art286-1-practice"],
  },

  // -------------------------------------------------------------------------
  // order-matter values

  'value:orderMatter.national-security': {
    meaning: { en: "The order concerned information threatening national security.", zh: "责令事项涉及危害国家安全的信息。" },
    doctrine: {
      en: "Within the paper's narrow gateway: serious-crime information touching national security at risk of spreading ([36](P73); III.(二)).",
      zh: "属于论文所设的狭窄门槛：涉及国家安全的严重犯罪信息有传播危险（[36](P73)；三（二））。",
    },
    section: "III.(二)",
    sources: "[36](P73)",
    topics: ["art286-1-practice"],
  },
  'value:orderMatter.public-security': {
    meaning: { en: "The order concerned information threatening public security.", zh: "责令事项涉及危害公共安全的信息。" },
    doctrine: {
      en: "Within the paper's narrow gateway: serious-crime information touching public security at risk of spreading ([36](P73); III.(二)).",
      zh: "属于论文所设的狭窄门槛：涉及公共安全的严重犯罪信息有传播危险（[36](P73)；三（二））。",
    },
    section: "III.(二)",
    sources: "[36](P73)",
    topics: ["art286-1-practice"],
  },
  'value:orderMatter.personal-data': {
    meaning: { en: "The order concerned a risk that citizens' personal data leaks.", zh: "责令事项涉及公民个人信息泄露的危险。" },
    doctrine: {
      en: "The paper admits orders where personal data risks leaking on a large scale (II.(二).3 and summary); III.(二) names only national and public security.",
      zh: "论文在公民个人信息有大量泄露危险时承认责令（二（二）3及小结）；三（二）则只提国家安全、公共安全。",
    },
    section: "II.(二).3",
    topics: ["art286-1-practice", "storage"],
  },
  'value:orderMatter.evidence': {
    meaning: { en: "The order concerned a risk that evidence of a criminal case is lost.", zh: "责令事项涉及刑事案件证据灭失的危险。" },
    doctrine: {
      en: "The paper admits orders where evidence of a major criminal case risks being lost (II.(二).3 and summary).",
      zh: "论文在重大刑事案件证据有灭失危险时承认责令（二（二）3及小结）。",
    },
    section: "II.(二).3",
    topics: ["art286-1-practice", "storage"],
  },
  'value:orderMatter.other': {
    meaning: { en: "The order concerned some other matter.", zh: "责令事项为其他事项。" },
    doctrine: {
      en: "Outside the grave matters to which the paper would confine regulators' orders, since such orders may intrude on privacy and speech (II.(二).3, III.(二)).",
      zh: "不属于论文主张的严重事项；论文认为此类责令可能不当介入隐私、妨碍言论自由（二（二）3、三（二））。",
    },
    section: "III.(二)",
    topics: ["art286-1-practice"],
  },

  // -------------------------------------------------------------------------
  // consequence values

  'value:consequence.mass-dissemination': {
    meaning: { en: "Illegal information spread on a large scale.", zh: "违法信息大量传播。" },
    doctrine: {
      en: "Art. 286-1's first consequence; the paper would read it narrowly, and a scholar the paper reports ([33](P143)) would count only spread after the notice (III.(二)).",
      zh: "第286条之一的第一项后果；论文主张限制解释，论文所介绍的学者观点（[33](P143)）还主张只计算通知之后的传播（三（二））。",
    },
    section: "III.(二)",
    sources: "[33](P143)",
    topics: ["art286-1-practice"],
  },
  'value:consequence.data-leak': {
    meaning: { en: "Users' data leaked, with serious results.", zh: "用户信息遭到泄露，后果严重。" },
    doctrine: {
      en: "Art. 286-1's second consequence, to be read narrowly (III.(二)).",
      zh: "第286条之一的第二项后果，应作限制解释（三（二））。",
    },
    section: "III.(二)",
    topics: ["art286-1-practice"],
  },
  'value:consequence.evidence-loss': {
    meaning: { en: "Evidence of a criminal case was lost, in serious circumstances.", zh: "刑事案件的证据灭失，情节严重。" },
    doctrine: {
      en: "Art. 286-1's third consequence, to be read narrowly (III.(二)).",
      zh: "第286条之一的第三项后果，应作限制解释（三（二））。",
    },
    section: "III.(二)",
    topics: ["art286-1-practice"],
  },
  'value:consequence.other-serious': {
    meaning: { en: "Other serious circumstances (art. 286-1's catch-all).", zh: "其他严重情节（第286条之一的兜底项）。" },
    doctrine: {
      en: "The paper argues the catch-all must be read by the ejusdem generis rule — harm comparable to the three listed consequences — and applied with restraint (III.(二)).",
      zh: "论文认为兜底条款应按同类解释规则理解为与前三项危害相当，并审慎适用（三（二））。",
    },
    section: "III.(二)",
    topics: ["art286-1-practice"],
  },

  // -------------------------------------------------------------------------
  // verdict values

  'value:verdict.convicted': {
    meaning: { en: "The court convicted on this charge.", zh: "法院就该指控认定有罪。" },
    doctrine: {
      en: "Where the paper's doctrine excludes the offense, the brief can argue acquittal — as the paper does for Qvod (I.).",
      zh: "依论文的理论不成立该罪时，辩护意见可主张无罪——论文对快播案即如此主张（一）。",
    },
    section: "I.",
    topics: ["four-positions"],
  },
  'value:verdict.acquitted': {
    meaning: { en: "The court acquitted on this charge.", zh: "法院就该指控认定无罪。" },
  },
  'value:verdict.rejected': {
    meaning: { en: "The court declined this charge (e.g. convicted of another offense instead).", zh: "法院未采纳该指控（如改以其他罪名定罪）。" },
    doctrine: {
      en: "In 案3 the court rejected fraud complicity for want of a shared intent to possess; the paper finds that questionable (III.(一).3).",
      zh: "案3中法院以缺乏共同非法占有故意为由未认定诈骗共犯；论文认为存在疑问（三（一）3）。",
    },
    section: "III.(一).3",
    topics: ["help-offense-cases"],
  },
  'value:verdict.pending': {
    meaning: { en: "No decision yet.", zh: "尚未判决。" },
  },

  // -------------------------------------------------------------------------
  // reason values

  'value:reason.tech-user': {
    meaning: {
      en: "The court held the provider a technology user, not a technology provider, so technology neutrality could not exempt it.",
      zh: "法院认为服务商是技术使用者而非技术提供者，不能适用技术中立免责。",
    },
    doctrine: {
      en: "The paper argues provider versus user depends on the comparison: relative to its users, Qvod supplied playing and caching technology that also served lawful videos, like a VCR maker under the 'substantial non-infringing use' rule; caching is a common acceleration technique (I.(二)).",
      zh: "论文认为提供者与使用者之分取决于比较对象：相对于用户，快播提供的是同时处理合法视频的播放、缓存技术，犹如“实质性非侵权用途”原则下的录像机制售者；缓存只是常见的加速技术（一（二））。",
    },
    section: "I.(二)",
    topics: ["tech-neutrality"],
  },
  'value:reason.legal-works-only': {
    meaning: {
      en: "The court held that the safe harbour protects only lawful works, not obscene material.",
      zh: "法院认为“避风港”只保护合法作品，不保护淫秽物品。",
    },
    doctrine: {
      en: "The paper argues the safe harbour means no prior review or real-time monitoring, only notice-and-takedown, whatever the content; a service not aimed at obscene material bears at most administrative and contributory civil liability, not liability as a principal of art. 363 (I.(二)).",
      zh: "论文认为，“避风港”的含义是不负事先审查、实时监控义务，只负事后通知—删除责任，与内容是否合法无关；并非专门针对淫秽视频的服务，至多承担行政责任和帮助侵权的民事责任，而非传播淫秽物品牟利罪实行犯的责任（一（二））。",
    },
    section: "I.(二)",
    topics: ["tech-neutrality", "notice-and-takedown"],
  },
  'value:reason.principal-act': {
    meaning: {
      en: "The court held that neutral-help theory does not apply to principal acts, and the provider's conduct was a principal act.",
      zh: "法院认为中立帮助理论不适用于实行行为，而服务商的行为属于实行行为。",
    },
    doctrine: {
      en: "The paper answers this view (also 张明楷's, [7]): where conduct has a legitimate purpose and a superior interest, its neutrality counts even for principal acts — like parents sheltering a son who killed, or a wife tolerating her husband's drug use at home (I.(二)).",
      zh: "论文回应这一观点（亦为张明楷教授所持，[7]）：只要行为目的正当、利益更为优越，即使是实行行为也应承认其中立性——如父母收留杀人的儿子、妻子容忍丈夫在家吸毒（一（二））。",
    },
    section: "I.(二)",
    sources: "[7], [16](P198), [17](P248)",
    topics: ["neutral-help"],
  },
  'value:reason.common-intent': {
    meaning: {
      en: "The court refused complicity because there was no shared intent (e.g. to take others' property).",
      zh: "法院因缺乏共同故意（如共同非法占有的故意）而否定共犯。",
    },
    doctrine: {
      en: "The paper finds this questionable: an accomplice of fraud needs only to know that others use the help for fraud, not a shared intent to possess (案3, III.(一).3).",
      zh: "论文对此存疑：诈骗共犯的成立，只要求知道自己的帮助被他人用于诈骗，不要求具有共同非法占有的故意（案3，三（一）3）。",
    },
    section: "III.(一).3",
    topics: ["help-offense-cases"],
  },
  'value:reason.cache-is-dissemination': {
    meaning: {
      en: "The court (or prosecution) treated caching the material as disseminating it.",
      zh: "法院（或公诉方）把缓存内容视为传播。",
    },
    doctrine: {
      en: "The paper argues this misreads caching: technically storage, functionally transmission ([9](P202)); Qvod's cache accelerated only after users clicked links on other sites, so there was no positive act of dissemination ([10](P24); I.(一)).",
      zh: "论文认为这误解了缓存：技术上属存储、功能上属传输（[9](P202)）；快播缓存只在用户点击他处链接后提供加速，并无积极的传播行为（[10](P24)；一（一））。",
    },
    section: "I.(一)",
    sources: "[9](P202), [10](P24)",
    topics: ["four-positions"],
  },

  // -------------------------------------------------------------------------
  // basis values

  'value:basis.interpretation-2010-art4': {
    meaning: {
      en: "Art. 4 of the 2010 SPC/SPP judicial interpretation (II) on obscene electronic information (2 February 2010).",
      zh: "最高人民法院、最高人民检察院（“两高”）于2010年2月2日发布的办理淫秽电子信息刑事案件司法解释（二）第4条。",
    },
    doctrine: {
      en: "The Qvod judgment did not name it ([19](P124)); 陈兴良 reads it as the basis ([6](P24)), and the first-instance court's vice-president 范君 said it deserved special attention before Amendment IX ([20](P30)). 于志刚 calls it an interpretation that turns accessory acts into principal acts; the paper argues such interpretation seriously breaks the legality principle, so the judgment applied the law wrongly (I.(四)).",
      zh: "快播案判决未明示以其为依据（[19](P124)）；陈兴良教授认为判决即以此为据（[6](P24)），一审法院副院长范君也表示修正案（九）生效前该解释值得特别关注（[20](P30)）。于志刚教授称之为“共犯的正犯化解释”；论文认为此种解释严重违反罪刑法定原则，判决因而适用法律错误（一（四））。",
    },
    section: "I.(四)",
    sources: "[19](P124), [6](P24), [20](P30), [21](P73), [22](P85), [23](P7)",
    topics: ["co-principal-interpretation"],
  },
  'value:basis.cybersecurity-law-68': {
    meaning: {
      en: "Art. 68 of the Cybersecurity Law: administrative liability for not stopping the transmission of prohibited information.",
      zh: "《网络安全法》第68条：对法律、行政法规所禁止发布、传输的信息不停止传输等行为的行政责任。",
    },
    doctrine: {
      en: "The paper reads art. 68 against art. 63: art. 63 applies 'where no crime is constituted', art. 68 has no such words, which the paper takes to show the Law (enacted after Amendment IX) did not mean to make such failures criminal for access/transmission providers (II.(二).1).",
      zh: "论文把第68条与第63条对照：第63条以“尚不构成犯罪”为前提，第68条则无此表述；论文据此认为，制定于修正案（九）之后的该法无意追究接入/传输服务商此种情形下的刑事责任（二（二）1）。",
    },
    section: "II.(二).1",
    topics: ["notice-and-takedown"],
  },
  'value:basis.tort-law-36': {
    meaning: {
      en: "Art. 36 of the Tort Liability Law: the civil notice-and-takedown rule for network service providers.",
      zh: "《侵权责任法》第36条：网络服务提供者的民事“通知—删除”规则。",
    },
    doctrine: {
      en: "The paper cites the Tort Law (without the article number) for the duty to delete, block or disconnect once a provider knows, as a civil-law balance of interests; it is a ground of civil, not criminal, liability (II.(二).1).",
      zh: "论文引用《侵权责任法》（未注明条号）说明服务商知情后负有删除、屏蔽、断开连接的义务，这是民法上的利益平衡，属民事责任而非刑事责任的依据（二（二）1）。",
    },
    section: "II.(二).1",
    topics: ["notice-and-takedown"],
  },

  // -------------------------------------------------------------------------
  // access-count and authentication values

  'value:accessCount.known': {
    meaning: { en: "How often users fetched the material through the provider is established.", zh: "用户经服务商获取该内容的次数已查明。" },
  },
  'value:accessCount.unknown': {
    meaning: { en: "How often users fetched the material through the provider is not established.", zh: "用户经服务商获取该内容的次数未查明。" },
    doctrine: {
      en: "The paper argues that without such proof the doubt belongs under in dubio pro reo (疑罪从无) (I.(三)).",
      zh: "论文认为，缺乏此类证据时，疑点应归入“疑罪从无”（一（三））。",
    },
    section: "I.(三)",
    sources: "[2](P112)",
    topics: ["evidence"],
  },
  'value:authentication.sound': {
    meaning: { en: "The electronic evidence was soundly collected, kept and authenticated.", zh: "电子证据的收集、保管与鉴真无瑕疵。" },
  },
  'value:authentication.defective': {
    meaning: { en: "The electronic evidence has gaps in collection, custody or authentication.", zh: "电子证据在收集、保管或鉴真上存在瑕疵。" },
    doctrine: {
      en: "The paper, citing [18], argues that later expert opinions cannot effectively authenticate such evidence (I.(三)).",
      zh: "论文援引[18]认为，事后的鉴定意见无法有效完成鉴真（一（三））。",
    },
    section: "I.(三)",
    sources: "[18](P89, P100)",
    topics: ["evidence"],
  },

  // -------------------------------------------------------------------------
  // mode values

  'value:mode.act': {
    meaning: { en: "Charged as committed by a positive act.", zh: "指控以作为方式实施。" },
    doctrine: {
      en: "For caching, the paper argues there is no positive act of dissemination: the cache served only after users clicked links elsewhere; 周光权's 'act' view misreads caching (I.(一)).",
      zh: "就缓存而言，论文认为不存在积极的传播行为：缓存只在用户点击他处链接后提供服务；周光权教授的“作为”说误解了缓存（一（一））。",
    },
    section: "I.(一)",
    sources: "[5](P51), [9](P202), [10](P24)",
    topics: ["four-positions"],
  },
  'value:mode.omission': {
    meaning: { en: "Charged as committed by omission (failing to prevent a result one had a duty to prevent).", zh: "指控以不作为方式实施（未阻止有义务阻止的结果）。" },
    doctrine: {
      en: "For art. 363/364 the paper argues impure omission strains legality and the modesty of criminal law: Armin Kaufmann held that such punishment breaches the legality principle ([11](P150)); StGB §13's equivalence is only a value judgment; Japan admits it essentially for arson, murder and fraud ([12](P83)); art. 363 carries up to life imprisonment ([8](P84)) (I.(一)).",
      zh: "就第363、364条，论文认为处罚不真正不作为有违罪刑法定原则和刑法的谦抑性：阿明·考夫曼认为此种处罚违反罪刑法定（[11](P150)）；德国刑法第13条的“相当”只是价值判断；日本基本只在放火、杀人、诈骗中承认（[12](P83)）；第363条最高可判无期徒刑（[8](P84)）（一（一））。",
    },
    section: "I.(一)",
    sources: "[11](P150), [12](P83), [13](P1109), [8](P68, P84)",
    topics: ["omission", "four-positions", "policy"],
  },
  'value:mode.principal': {
    meaning: { en: "Charged as the principal (perpetrator) of the offense. The default when no mode is written.", zh: "指控为该罪的正犯（实行者）。未写方式时默认为正犯。" },
    doctrine: {
      en: "The paper opposes reading accessory conduct as principal conduct by judicial interpretation (I.(四)); under art. 287-2, helping is itself a principal offense, which the paper reads narrowly (III.(一)).",
      zh: "论文反对以司法解释把共犯行为解释为正犯行为（一（四））；依第287条之二，帮助本身即为正犯之罪，论文对其作限缩解释（三（一））。",
    },
    section: "I.(四)",
    topics: ["co-principal-interpretation", "help-offense-cases"],
  },
  'value:mode.accomplice': {
    meaning: { en: "Charged as an accomplice (helper or instigator) of another's offense.", zh: "指控为他人之罪的共犯（帮助犯或教唆犯）。" },
    doctrine: {
      en: "The paper argues complicity needs only knowledge that the help serves the crime (案3) and is marked by deep participation (案6); neutral help lacks the psychological causal link (III.(一)).",
      zh: "论文认为，成立共犯只需知道帮助被用于犯罪（案3），并以深度参与为标志（案6）；中立帮助缺乏心理因果性（三（一））。",
    },
    section: "III.(一)",
    topics: ["help-offense-cases", "psychological-causality"],
  },

  // -------------------------------------------------------------------------
  // offenses

  'offense:art363': {
    meaning: {
      en: "Art. 363, 传播淫秽物品牟利罪: making, copying, publishing, selling or disseminating obscene material for profit; punishable up to life imprisonment.",
      zh: "第363条，传播淫秽物品牟利罪：以牟利为目的，制作、复制、出版、贩卖或者传播淫秽物品，最高可判无期徒刑。",
    },
    doctrine: {
      en: "Qvod was convicted of it by omission. The paper argues it should not be committed by impure omission, that caching is not dissemination, that the neutrality defences should have succeeded, that the evidence was insufficient and the 2010 interpretation an unlawful basis; it proposes acquittal (I.).",
      zh: "快播公司以不作为方式被定此罪。论文认为本罪不应由不真正不作为构成，缓存不是传播，中立抗辩应当成立，证据不足，且2010年司法解释不能作为合法依据，主张宣告无罪（一）。",
    },
    section: "I.",
    sources: "[8](P84)",
    topics: ["four-positions", "omission", "tech-neutrality", "neutral-help", "evidence", "co-principal-interpretation"],
  },
  'offense:art364': {
    meaning: {
      en: "Art. 364, 传播淫秽物品罪: disseminating obscene material (without the purpose of profit).",
      zh: "第364条，传播淫秽物品罪：传播淫秽物品（不要求牟利目的）。",
    },
    doctrine: {
      en: "陈兴良 sees Qvod as aiding this offense, in imaginative concurrence with art. 363 by omission ([6](P20-28)); the paper treats embedded-link providers as possible principals of it (II.(二).4).",
      zh: "陈兴良教授认为快播成立本罪的帮助犯，并与以不作为方式实施的第363条之罪想象竞合（[6](P20-28)）；论文认为嵌入式链接提供者可能成立本罪正犯（二（二）4）。",
    },
    section: "I.(一)",
    sources: "[6](P20-28), [30](P128)",
    topics: ["four-positions", "notice-and-takedown"],
  },
  'offense:art287-2': {
    meaning: {
      en: "Art. 287-2, 帮助信息网络犯罪活动罪: knowing others use networks to commit crimes, providing access, hosting, storage, transmission or other technical support, or advertising or payment help, in serious circumstances. Added by Amendment IX (from 2015-11-01); para. 3: the heavier offense governs when another also applies.",
      zh: "第287条之二，帮助信息网络犯罪活动罪：知道他人借助信息网络犯罪，仍向其提供接入、托管、存储、传输等技术支持，或者广告推广、支付结算等帮助，情节严重。由修正案（九）增设（2015年11月1日起施行）；第3款：同时构成其他犯罪的，从一重处断。",
    },
    doctrine: {
      en: "Against the criticism that it punishes neutral help ([32](P12-13)), the paper reads it narrowly: it applies where the help broke industry rules, was provided specially for the crime, or involved deep participation — help with a psychological causal link to the crime (III.(一); abstract).",
      zh: "针对该罪把中立帮助正犯化的批评（[32](P12-13)），论文作限缩解释：仅适用于违反行业规定、专门为犯罪提供或深度参与的帮助，即与犯罪有心理因果联系的帮助（三（一）；摘要）。",
    },
    section: "III.(一)",
    sources: "[32](P12-13)",
    topics: ["help-offense-cases", "psychological-causality", "abstract"],
  },
  'offense:art286-1': {
    meaning: {
      en: "Art. 286-1, 拒不履行信息网络安全管理义务罪: a provider that does not fulfil its statutory security duties and refuses to correct after a regulator's order, causing mass spread of illegal information, serious data leaks, serious loss of evidence, or other serious circumstances. Added by Amendment IX (from 2015-11-01).",
      zh: "第286条之一，拒不履行信息网络安全管理义务罪：网络服务提供者不履行法定的信息网络安全管理义务，经监管部门责令改正而拒不改正，致使违法信息大量传播、用户信息泄露造成严重后果、刑事案件证据灭失情节严重或有其他严重情节。由修正案（九）增设（2015年11月1日起施行）。",
    },
    doctrine: {
      en: "The paper found no conviction under it and reads it narrowly: regulators' orders only in grave matters, a defined notice and counter-notice procedure, narrow consequences and a restrained catch-all (III.(二); II.(二).3).",
      zh: "论文未检索到任何以本罪定罪的判决，并主张限缩解释：仅在严重事项上由监管部门责令，细化通知与反通知程序，限制解释后果，审慎适用兜底条款（三（二）；二（二）3）。",
    },
    section: "III.(二)",
    sources: "[33](P143), [34](P58), [35](P82), [26](P24-25), [36](P73)",
    topics: ["art286-1-practice", "notice-and-takedown"],
  },
  'offense:art266': {
    meaning: { en: "Art. 266, 诈骗罪: fraud.", zh: "第266条，诈骗罪。" },
    doctrine: {
      en: "The principal offense in 案1–案3 (in 案4 and 案5 the paper says only that the others used networks for crime). The paper argues a provider is a fraud accomplice if it knowingly gives non-neutral help — no shared intent to possess is needed (案3); paid ranking may also bring complicity (II.(二).4).",
      zh: "案1至案3中的正犯之罪（案4、案5，论文只说他人利用信息网络实施犯罪）。论文认为，服务商明知而提供非中立帮助的，成立诈骗共犯，无须共同非法占有故意（案3）；付费排名也可能导致共犯责任（二（二）4）。",
    },
    section: "III.(一).3",
    topics: ["help-offense-cases"],
  },
  'offense:art264': {
    meaning: { en: "Art. 264, 盗窃罪: theft.", zh: "第264条，盗窃罪。" },
    doctrine: {
      en: "In 案6 the builders of a phishing site took a deep part in the theft ring's crime and were held accomplices of theft (III.(一).5).",
      zh: "案6中搭建钓鱼网站者深度参与盗窃团伙的犯罪，被认定为盗窃罪共犯（三（一）5）。",
    },
    section: "III.(一).5",
    topics: ["help-offense-cases"],
  },
  'offense:art222': {
    meaning: { en: "Art. 222, 虚假广告罪: false advertising.", zh: "第222条，虚假广告罪。" },
    doctrine: {
      en: "The paper names it for search or link providers that intervene by hand (e.g. paid top placement), and for embedded-link providers as principals (II.(二).4).",
      zh: "论文认为人为干预（如付费置顶）的搜索、链接服务商，以及嵌入式链接提供者，可能承担本罪的正犯责任（二（二）4）。",
    },
    section: "II.(二).4",
    topics: ["notice-and-takedown"],
  },
  'offense:art217': {
    meaning: { en: "Art. 217, 侵犯著作权罪: copyright infringement.", zh: "第217条，侵犯著作权罪。" },
    doctrine: {
      en: "The paper names it for embedded-link providers, who answer for the content's lawfulness as if they provided it (II.(二).4, [30](P128)).",
      zh: "论文认为嵌入式链接提供者应如内容提供者一样对内容合法性负责，可能成立本罪（二（二）4，[30](P128)）。",
    },
    section: "II.(二).4",
    sources: "[30](P128)",
    topics: ["notice-and-takedown"],
  },
  'offense:art141': {
    meaning: { en: "Art. 141, 生产、销售假药罪: producing or selling counterfeit drugs.", zh: "第141条，生产、销售假药罪。" },
    doctrine: {
      en: "The paper names complicity in selling counterfeit drugs as a risk for positioning providers that intervene by hand in results (II.(二).4).",
      zh: "论文认为对搜索结果人为干预的定位服务商，可能承担销售假药罪共犯的责任（二（二）4）。",
    },
    section: "II.(二).4",
    topics: ["notice-and-takedown"],
  },
};
