/**
 * The paper's reasoning, as hover and report knowledge: one entry per topic,
 * in English and Simplified Chinese (Markdown).
 *
 * Source: 陈洪兵《网络服务商的刑事责任边界——以“快播案”判决为切入点》
 * (Chen Hongbing, The Boundary of Criminal Liability of Internet Service
 * Providers — Taking the Verdict of Qvod as an Introduction).
 *
 * Voice: our own words, never the paper's sentences; claims are stated as the
 * paper's, with its hedges, and reported views are attributed to their
 * authors. Sections use the paper's headings (I.(一) … III.(二)); bracketed
 * numbers are the paper's sources with their pages.
 */

/** A text in English and Simplified Chinese (Markdown). */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

export type TopicId =
  | 'psychological-causality'
  | 'four-positions'
  | 'neutral-help'
  | 'tech-neutrality'
  | 'storage'
  | 'art286-1-practice'
  | 'help-offense-cases'
  | 'policy'
  | 'abstract'
  | 'isp-classes'
  | 'omission'
  | 'evidence'
  | 'co-principal-interpretation'
  | 'notice-and-takedown';

export type Topic = Bilingual & { readonly title: Bilingual; readonly section: string };

export const TOPICS: Readonly<Record<TopicId, Topic>> = {
  'psychological-causality': {
    title: {
      en: 'Why some neutral help is punishable: psychological causality',
      zh: '中立帮助何时可罚：心理因果性',
    },
    section: 'III.(一)',
    en: `The paper argues (III.(一), closing paragraph) that neutral help and help by omission generally go unpunished **not** because they lack a *physical* causal link to the principal's crime and its result — they often have one — but because they lack a *psychological* one. That link is missing when:

- the help is **not aimed at a particular person** (untargeted),
- the conduct **has a legitimate use** of its own, and
- the helper **takes no deep part** in the other's crime.

Where help carries a psychological causal link on top of the physical one, the paper treats it as punishable. Its working tests follow from this: whether the provider **broke the industry rules**, and whether it **took a deep part** in the crime. In the paper's view these separate unpunishable neutral online help from the help offense of art. 287-2 (as principal) and from complicity in other offenses. The abstract states the decisive question as whether the support was supplied *specially* for others' crimes, or the provider took a *deep* part in them.

Note: the paper's sentence on this point is garbled in print (it literally speaks of "punishing" neutral help); read in context it explains why such help is *not* punished.`,
    zh: `论文认为（三（一）末段），中立的帮助行为以及不作为的帮助之所以一般不受处罚，**并非**因为它们与正犯行为及其结果之间没有*物理*上的因果联系（这种联系往往存在），而是因为缺少*心理*上的因果联系。这种联系在以下情形下欠缺：

- 帮助**不针对特定对象**；
- 行为本身**具有正当用途**；
- 帮助者**没有深度参与**他人的犯罪。

反之，帮助若在物理因果之外还与他人犯罪形成心理因果联系，论文认为即具有可罚性。由此得出论文的两项判断标准：服务商是否**违反行业规定**，是否**深度参与**他人的犯罪活动。在论文看来，不受处罚的网络中立帮助，同帮助信息网络犯罪活动罪（以正犯论）及其他犯罪的共犯，正是借这两点来划分的。摘要则把关键问题概括为：是否*专门*为他人犯罪提供技术支持与帮助，是否*深度*参与他人犯罪。

注：论文此处原句印刷上有误（字面为对中立帮助“进行处罚”），结合上下文，其意在说明此类帮助*不*受处罚的理由。`,
  },

  'four-positions': {
    title: {
      en: "Qvod's conduct: act or omission? The four positions and the paper's answer",
      zh: '快播公司的行为：作为还是不作为？四种观点与论文的回应',
    },
    section: 'I.(一)',
    en: `Whether Qvod acted or omitted is the question no discussion of the case can avoid ([5](P52)). The judgment's wording shows that the court treated Qvod's conduct as an **omission**: its reasons take it directly as the principal act of art. 363 committed by omission ([6](P13)). Scholars split four ways (I.(一)):

| scholar | view of Qvod's conduct | source |
|---|---|---|
| **陈兴良** (Chen Xingliang) | by tolerating others' dissemination Qvod helped it: art. 363 committed by omission, in imaginative concurrence with aiding art. 364 | [6](P20-28) |
| **张明楷** (Zhang Mingkai) | both an act and an omission: pulling and caching the video files makes Qvod like the manager of an exhibition hall, disseminating by display | [7] |
| **周光权** (Zhou Guangquan) | an **act**, not an omission: art. 363 committed by positive conduct | [5](P51) |
| **高艳东** (Gao Yandong) | punishing impure omissions in China in the name of protecting legal interests breaks the principle of legality | [8](P68) |

**The paper's answer.** The disagreement, it says, turns on three things: what pulling and caching really are, where a duty to act would come from, and whether art. 363 can be committed by omission at all. On the first, the paper argues that some scholars **misread caching**: a cache is a temporary store that spares users fetching data again from its source, so it is storage in technique but transmission in function ([9](P202)). The judgment itself concedes that the cache servers did not hand out links of their own; they accelerated delivery only after users had clicked links on obscene websites. So there was no positive act of dissemination, and the "act plus omission" view is hard to sustain ([10](P24)). On the others, see *impure omission*: the paper holds that reading art. 363 as an omission offense stretches impure omission too far. Its conclusion: Qvod neither acted in a way that can be judged criminal nor omitted in a way equivalent to acting (I. summary).`,
    zh: `快播公司的行为属于作为还是不作为，是讨论本案无法回避的问题（[5](P52)）。从判决书的表述看，法院把快播公司的行为定性为**不作为**，其裁判理由直接把它当作第363条之罪以不作为方式实施的实行行为（[6](P13)）。学界观点可分四类（一（一））：

| 学者 | 对快播行为的定性 | 出处 |
|---|---|---|
| **陈兴良** | 快播放任他人传播，等于为传播提供帮助：一方面以不作为方式触犯第363条，另一方面构成第364条之罪的帮助犯，二者想象竞合 | [6](P20-28) |
| **张明楷** | 作为与不作为并存：拉拽、缓存淫秽视频犹如展览厅管理者，以陈列方式传播淫秽物品 | [7] |
| **周光权** | 快播的行为是积极的**作为**，不是不作为，应以作为方式认定第363条之罪 | [5](P51) |
| **高艳东** | 在我国以保护法益为由处罚不真正不作为，有违罪刑法定原则 | [8](P68) |

**论文的回应。** 论文认为，争论其实围绕三个问题展开：拉拽与缓存究竟属于什么性质的行为；作为义务的根据何在；第363条之罪是否可以通过不作为来实施。就第一点，论文认为部分学者**误解了缓存的技术功能**：缓存是临时的数据库，免去用户再次从源头调取数据，因而技术上属存储，功能上属传输（[9](P202)）。判决书本身也认可：缓存服务器自己并不对外提供链接，只有当用户在淫秽网站上点开链接以后，它才起到加速作用。因此快播并无积极的传播行为，“作为与不作为相结合”的说法也难以成立（[10](P24)）。其余两点见“不真正不作为”：论文认为把本罪解释为可由不作为构成，过度扩张了不真正不作为犯的范围。论文的结论是：快播公司既没有可评价为犯罪的作为，也没有与作为等价的不作为（一小结）。`,
  },

  'neutral-help': {
    title: {
      en: 'Neutral help, including help that looks like a principal act',
      zh: '中立的帮助行为（包括看似实行行为的情形）',
    },
    section: 'I.(二)',
    en: `The Qvod court refused the neutral-help defence because, in its view, the theory does not reach **principal acts**, and Qvod's cache servers downloading, storing and serving obscene videos were principal acts of dissemination. 张明楷 (Zhang Mingkai) likewise holds that neutral help does not cover principal acts ([7]). The paper calls this a serious misreading of the theory (I.(二)):

- **Its marks.** Help is called neutral because it is neutral, professional, part of everyday life, part of a business, and has no criminal purpose: it does not serve another's crime alone, but has a legitimate purpose and is lawful in itself.
- **The balance.** Not punishing, across the board, neutral help that in fact furthers a crime and is done with knowledge is the outcome of weighing the freedom of daily life and of business dealings against the protection of victims' interests. Otherwise, the paper warns, everyone would feel at risk and be made to police everyone else, and ordinary life would shrink ([16](P198)).
- **Principal acts too.** So, the paper argues, wherever conduct has a legitimate purpose and serves a superior interest, its neutrality should be recognised **whether it is help or a principal act**. Its examples ([17](P248)): parents who know their son has killed yet give him meals, a bed and money for his flight, and a wife who knows her husband takes drugs at home and does not stop him. These look like principal acts of harbouring a criminal (窝藏罪) and of sheltering drug use (容留他人吸毒罪), but family bonds clearly outweigh the state's interest in justice, drug control or public health, so the conduct may stay outside crime.

Hence, the paper concludes, calling Qvod's conduct a principal act is no reason to deny it the neutral-help theory.`,
    zh: `快播案法院驳回中立帮助抗辩的理由是：该理论不适用于**实行行为**，而快播的缓存服务器把淫秽视频下载下来、加以保存再向外提供，本身就是传播的实行行为。张明楷教授同样认为中立帮助理论不适用于正犯行为（[7]）。论文认为这是对该理论的重大误解（一（二））：

- **特征。** 帮助之所以被称作“中立”，在于它本身不偏不倚，属于职业活动、日常生活或经营业务的一部分，又不以犯罪为目的：它不是专门替他人犯罪效力的，目的正当，本身也合法。
- **权衡。** 中立帮助即便事实上助长了犯罪、行为人对此也知情，法律仍不一概加以处罚，这是在日常生活和经营往来的自由与被害人利益的保护之间衡量取舍的结果；论文提醒，不如此，人人都会自危，被迫彼此监督，正常生活也将随之收缩（[16](P198)）。
- **实行行为亦然。** 论文据此主张，行为只要目的正当、维护的是更优越的利益，**无论属于帮助还是实行**，都应认可其中立性。论文举例（[17](P248)）：父母知道儿子杀了人，仍供他吃住并给钱让他外逃；妻子知道丈夫在家中吸毒，却没有制止。从外观看，这些行为分别符合窝藏罪与容留他人吸毒罪的实行行为，但亲情显然比国家的司法利益、毒品管制或公众健康更值得优先保护，因此可以不作为犯罪处理。

所以论文的结论是：不能以快播的行为属于实行行为为由，拒绝适用中立帮助行为理论。`,
  },

  'tech-neutrality': {
    title: {
      en: 'Technology neutrality and the safe harbour',
      zh: '技术中立与“避风港”规则',
    },
    section: 'I.(二)',
    en: `Qvod's defence invoked technology neutrality and the safe harbour. The court answered that the exemption protects technology *providers*, while Qvod was a technology *user*, and that the safe harbour protects lawful works, not obscene material. The paper rejects both answers (I.(二)):

- **Provider or user depends on the comparison.** Measured against its users and the websites that uploaded obscene videos, Qvod supplied only a player and caching that speeds up playback, so it was a technology provider — just as the maker and seller of a video recorder is a provider relative to people who copy works with it, though relative to the recorder's inventor the same maker could be called a user. The point of the distinction is whether the technology itself is neutral and harmless.
- **Lawful uses.** Qvod's player and cache played and cached lawful videos as well as obscene ones. The technology-neutrality principle began as the "substantial non-infringing use" rule, devised precisely to separate VCR makers from those who used VCRs to copy without authorisation.
- **Caching is ordinary.** Caching is a widespread technique for faster transmission and smoother playback, so Qvod should not be classed as a technology user and denied the exemption.
- **The safe harbour does not depend on the content.** Its core is that a provider has no duty to review in advance or monitor in real time, only to act after notice — whether users upload protected works or prohibited obscenity. Because Qvod's service was not aimed at spreading obscene videos, the paper argues that even if it later knew of them and let them spread, it should bear administrative liability and contributory civil liability, not liability as a principal of art. 363.`,
    zh: `快播方以技术中立原则为据，主张适用“避风港”规则。法院认为：技术中立的免责通常只及于技术*提供者*，而快播是技术*使用者*；“避风港”只保护合法作品，不保护淫秽物品。论文对这两点均不认同（一（二））：

- **提供者抑或使用者，取决于比较对象。** 以快播用户及上传淫秽视频的违法网站为参照，快播所给的不过是播放器和让播放更快的缓存功能，应算技术提供者；好比录像机的制造销售者，相对于拿录像机擅自翻录作品的人是技术提供者，虽然相对于录像机的发明人，同一制售者也可以叫作技术使用者。区分二者，意在判断技术本身是否中立、无害。
- **合法用途。** 快播的播放、缓存技术在处理淫秽视频的同时也处理合法视频。技术中立原则最初即“实质性非侵权用途”原则，正是为了把录像机制售者与擅自复制他人作品的侵权人区分开来。
- **缓存是普通技术。** 缓存不过是加快传输、使播放更顺畅的常见网络技术，不应据此把快播归为技术使用者而否定其免责。
- **“避风港”与内容合法与否无关。** 其要义在于服务商不负事先审查、实时监控义务，只负事后通知—删除责任，无论用户上传的是合法作品还是被禁止的淫秽物品。论文认为，快播的服务并不是专为传播淫秽视频而设，即便它事后知情而任由传播，也只应负行政责任以及帮助侵权方面的民事责任，不应作为第363条之罪的实行犯担责。`,
  },

  storage: {
    title: {
      en: 'Storage (hosting) providers: no duty to supervise users\u2019 content',
      zh: '信息存储服务提供者：对用户内容不负监管义务',
    },
    section: 'II.(二).3',
    en: `Some scholars hold that providers of storage space owe a duty to supervise what users store there ([6](P14)). The paper rejects this (II.(二).3):

- **Privacy and speech.** A duty to review and supervise stored content would, in the paper's view, infringe the privacy and freedom of speech that the Constitution protects.
- **The warehouse analogy.** Someone who runs a warehouse need not check whether a customer's goods are counterfeit or shoddy; likewise, demanding that a host review what its users store plainly exceeds what it can bear.
- **Comparative law.** European and American legislation generally imposes no duty on providers, hosts included, to review uploads; intermediaries offering mere conduit, caching or data storage are not liable for users' illegal content unless they know of it, can technically block it, and blocking is within their capacity ([26](P17)).
- **Notice-and-delete.** For the sake of balancing interests, a host should follow a notice-and-delete procedure: once notified of illegal content it must block or delete the data ([9](P219)); otherwise it **may** bear civil and administrative liability.
- **Criminal law last.** As with access and caching, only where information about serious crimes touching national or public security risks spreading, personal data risks leaking on a large scale, or evidence of a major criminal case risks being lost, may regulators order a host to correct — and only then **may** art. 286-1 come into play.

For hosting as help to fraud, see 案2 (III.(一).2): only hosting provided *specially* for another's crime may lack business character and be the help offense.`,
    zh: `一些学者主张，提供存储空间的服务商应对用户存放的信息承担监管义务（[6](P14)）。论文不同意这一观点（二（二）3）：

- **隐私与言论。** 论文认为，让存储服务商去审查、监督用户存放的内容，必然侵害宪法所保障的隐私与言论自由。
- **仓储类比。** 经营仓库的人无须查验客户寄存的商品是否假冒伪劣；同理，要求存储服务商审查用户所存信息，显然超出其承受能力。
- **比较法。** 欧美立法通常并不要求网络服务商（存储服务商也不例外）审查用户上传的东西；仅提供单纯传输、缓存或数据存储的中间服务者，只有在知道违法内容、技术上能够加以阻止且阻止在其能力范围之内时，才需为用户的违法信息负责（[26](P17)）。
- **通知—删除。** 出于利益平衡，存储服务商应遵循通知—删除规则：一经接到违法内容的通知，即应屏蔽或删除相关数据（[9](P219)）；否则**可能**承担民事、行政责任。
- **刑法作为最后手段。** 与接入、缓存服务商相同，唯有关乎国家安全、公共安全的严重犯罪信息可能扩散、公民个人信息可能被大规模泄露，或者重大案件的证据可能灭失时，监管部门方可责令其改正，此时才**可能**涉及第286条之一规定的犯罪。

服务器托管充当诈骗帮助的情形见案2（三（一）2）：唯有专为他人犯罪而提供的托管，才可能因不具业务属性而落入第287条之二。`,
  },

  'art286-1-practice': {
    title: {
      en: 'Art. 286-1 (refusing network security duties) in practice',
      zh: '第286条之一在实务中的适用',
    },
    section: 'III.(二)',
    en: `Scholars generally agree that the elements of art. 286-1 must be read narrowly ([33](P143)) and offer different ways to do it (III.(二)):

- the security management duty is not a duty to manage content; its core is governing how information spreads ([34](P58));
- the duty can be narrowed to protecting network information security: managing oneself and cooperating by reporting crime risks to users and the authorities, without any duty to search out risks actively ([35](P82));
- the offense can be confined through what counts as *refusing* and as *serious circumstances* ([26](P24-25));
- only regulators, not private parties, may give the order to correct; the provider answers only for spread or harm after the notice; courts should check whether the content is unlawful enough to be punishable; government should be restrained in ordering deletion; and those affected should be able to make statements and argue their case ([33](P143)).

**No convictions.** The paper found not one judgment convicting anyone of this offense on China Judgments Online (中国裁判文书网), which it reads as a sign of divided understanding and judicial caution.

**The paper's proposals** — grounded in the Cybersecurity Law and in balancing interests:

1. Drawing on tort law's notice / counter-notice (or notice / forward-notice) procedure, spell out who the *regulator* is, what the *notice* must contain, what *corrective measures* are, what counts as *refusing*, and a counter-notice or statement-and-defence procedure. The lack of cases, it suggests, may be because the "ordered by a regulator and refused to correct" clause is hard to apply.
2. Read the consequences (mass spread of illegal information; leaks of user data with serious results; loss of criminal evidence, serious circumstances) narrowly. Because deletion, filtering, blocking or disconnection orders may intrude on privacy and speech, regulators should perhaps order correction only where information about serious crimes touching national or public security risks spreading ([36](P73)).
3. Read the catch-all "other serious circumstances" by the ejusdem generis rule — harm comparable to the three listed items — and use it sparingly.

(II.(二).3 and the II.(二) summary state the gateway a little more widely, adding large-scale leaks of personal data and the loss of evidence in major cases.)`,
    zh: `学者们大体一致主张对第286条之一的构成要件作限缩解释（[33](P143)），具体路径则各有不同（三（二））：

- 本罪所说的安全管理义务并非对内容的管理义务，重心在于治理信息的传播过程（[34](P58)）；
- 可将该义务限缩为保护网络信息安全的义务，即自我管理以及向用户、主管部门报告犯罪风险的配合义务，不含主动审查风险的义务（[35](P82)）；
- 可从“拒不履行”与“情节严重”的认定上限制本罪（[26](P24-25)）；
- 有权责令改正的只能是监管部门，私人不在其列；服务商仅就接到通知以后的传播或损害扩大负责；法院应着重判断相关信息是否已达到值得科处刑罚的违法程度；政府下令删除时应保持克制；受影响的一方应享有陈述和申辩的机会（[33](P143)）。

**没有定罪判例。** 论文在中国裁判文书网上未检索到任何以本罪定罪的判决，认为这说明理论与实务对构成要件认识不一，适用态度审慎。

**论文的主张**（以《网络安全法》等为依据，基于利益衡量）：

1. 参照侵权法中的两种程序（“通知—反通知”，或“通知—转通知”），细化规定何为“监管部门”、“通知事项”、“改正措施”与“拒不改正”，并规定反通知或陈述、申辩程序。论文推测，至今未见判例，或许正是因为第286条之一“经监管部门责令采取改正措施而拒不改正”这一规定难以操作。
2. 对第286条之一所列“致使违法信息大量传播”“致使用户信息泄露，造成严重后果”“致使刑事案件证据灭失，情节严重”等后果从严把握。由于责令删除、过滤、屏蔽或断开链接可能不当介入隐私、妨碍言论，论文认为或可考虑：只有关乎国家安全、公共安全的严重犯罪信息存在扩散危险时，监管部门方得责令改正（[36](P73)）。
3. “其他严重情节”是兜底条款，应按同类解释规则理解为与前三项危害相当，并审慎适用。

（二（二）3及二（二）小结所列门槛略宽，另含公民个人信息大量泄露和重大刑事案件证据灭失的危险。）`,
  },

  'help-offense-cases': {
    title: {
      en: 'Art. 287-2 in the courts: the paper\u2019s six cases',
      zh: '第287条之二的司法实践：论文评析的六个判例',
    },
    section: 'III.(一).1–5',
    en: `**The criticism.** One scholar argues that access, server hosting, storage, advertising and payment are neutral help with nothing harmful about them, so art. 287-2 suddenly raised still-disputed neutral help to a principal offense ([32](P12-13)); other critics largely agree. **The paper's reply** rests on the few dozen art. 287-2 judgments it found on China Judgments Online: where it accepts the conviction, the help had broken industry rules, been targeted, or gone deep (for 案2 the record leaves this open), so the offense, read narrowly, does not punish neutral business help as such (III.(一)).

- **Access — 案1** (III.(一).1). 杨某, a telecom employee installing broadband, knew the applicant and address were false and the lines were for fraud, yet for high profits broke the rule that applicant and site data must be true, used false ID cards and installed "black broadband". His defence that he only followed the company's arrangements failed; he was convicted as a fraud accomplice. The paper argues he also committed art. 287-2, but art. 287-2 para. 3 lets the heavier offense govern; his conduct overflowed neutral help, so access is not automatically business conduct.
- **Hosting — 案2** (III.(一).2). 陈某某 hosted a fake shopping site for the fraudster 许某 and helped it evade 360 blocking; convicted under art. 287-2. The facts do not say whether he ran a hosting business (like 光通公司 in the Qvod case) or hosted specially for 许某; the paper holds that only hosting provided specially for another's crime may lack business character and be the offense.
- **Transmission — 案3** (III.(一).3). 张某 sold number-changing software, rented out servers and maintained it; the court convicted him under art. 287-2 but refused fraud complicity for want of a shared intent to take property. Since the State Administration for Industry and Commerce had ordered a crackdown on online sales of such software from 2013, and he kept selling after users were caught, the paper finds his conduct no longer legitimate business and argues he was also a fraud accomplice: complicity needs only knowledge that one's help serves the fraud. Similarly, in the 上虞 case (2016 浙0604刑初1032号) renting 上海铁通 fixed lines with call forwarding to fraudsters was held to be the help offense. The paper's point: such "transmission" comes from individuals breaking industry rules, not from infrastructure carriers (China Telecom, China Mobile, China Unicom); a carrier that keeps the rules stays neutral **even when it knows** its service is used for crime.
- **Advertising and payment — 案4, 案5** (III.(一).4). 案4 promoted fake Alipay/WeChat customer-service numbers as Baidu keywords; 案5 赵某 opened payment accounts with bought company credentials and fake domain filings and resold them. The paper argues such help may be criminal only if it breaks the industry rules and loses its neutrality; Baidu's ordinary, untargeted and unmanipulated ads, and payment services by Alipay or banks that keep the rules, cannot be crimes.
- **Other technical support — 案6** (III.(一).5). 侯某 and 高某 built and maintained a phishing bank site for a theft ring. The first-instance court held that they committed the same offense as the site's users, theft; the appeal court held that they took a deep part in the crime and were accomplices. The paper draws the general line from this: deep participation is both the condition of complicity and the boundary between unpunishable neutral help and art. 287-2.`,
    zh: `**批评意见。** 有学者批评说，提供网络接入、托管服务器、存储空间，或者做广告推广、支付结算，本属中立的帮助，谈不上社会危害，第287条之二却一下子把尚存争议的中立帮助升格为正犯来处罚（[32](P12-13)）；其他批评者的看法也大体一致。**论文的回应**以其在中国裁判文书网检索到的几十份判例为据：论文认可定罪的判例中，帮助或违反行业规定，或针对特定对象，或深度参与（案2的案情对此未作交代），因此对本罪作限缩解释，并不会把中立的业务帮助本身作为犯罪处罚（三（一））。

- **互联网接入——案1**（三（一）1）。电信公司负责宽带安装维护的杨某，知道报装人及地址都是假的、所装宽带将被用于诈骗，却贪图高额利润，无视报装信息必须真实的行业规定，用假身份证开通“黑宽带”。他辩称只是按公司安排办事，未被采纳，最终以诈骗罪共犯定罪。论文认为，杨某同时触犯第287条之二，但依该条第3款应择一重罪处罚；其行为已超出中立帮助的范围，这说明接入服务并不当然属于业务行为。
- **服务器托管——案2**（三（一）2）。陈某某替诈骗者许某的假购物网站托管服务器，并帮助其躲避360的拦截，被以本罪定罪。案情没有交代他究竟是经营托管业务的企业（类似快播案中的光通公司），还是专为许某作案提供托管；论文认为，只有专为他人犯罪提供的托管，才可能欠缺业务属性，从而成立本罪。
- **通信传输——案3**（三（一）3）。张某出售改号软件，并出租服务器、负责维护；法院以本罪对其定罪，但认为证明双方具有共同非法占有故意的证据不足，未认定诈骗共犯。论文指出，国家工商总局从2013年起已部署严查网上销售改号软件，而张某在其用户因诈骗落网后仍照卖不误，其行为已谈不上正当业务；况且诈骗共犯的成立，只要求行为人知道自己的帮助被他人用于诈骗即可，故张某亦应成立诈骗共犯。类似的还有上虞案〔（2016）浙0604刑初1032号〕：把上海铁通的固定电话连同呼叫转接功能租给诈骗分子，被认定为本罪。论文的要点在于：这类“通信传输”出自违反行业规定的个人，而不是中国移动、中国电信、中国联通这些基础设施运营商；运营商只要其服务合乎行业规定，**即使知道**有人借以犯罪，也仍属中立帮助。
- **广告推广、支付结算——案4、案5**（三（一）4）。案4把虚假的支付宝、微信客服电话作为关键词在百度推广；案5赵某用购得的企业证照和假备案域名申请支付账户后转卖。论文认为，此类帮助只有违反行业规定、丧失中立性时，才可能构成犯罪；百度等不针对特定对象、不人为干预的正常推广，以及支付宝、银行等遵守行业规定的支付结算服务，不可能构成犯罪。
- **其他技术支持——案6**（三（一）5）。侯某、高某为盗窃团伙搭建并维护仿冒银行的钓鱼网站。一审认定二人与网站使用者同成盗窃罪；二审认为二人深度参与他人犯罪，应以共犯论处。论文据此提出一般标准：是否深度参与，既决定共犯能否成立，也是区分不可罚的中立帮助与本罪的界线。`,
  },

  policy: {
    title: {
      en: 'Criminal policy: security, innovation and speech',
      zh: '刑事政策：安全、创新与言论自由',
    },
    section: 'introduction; I.(一)',
    en: `**Why the boundary matters** (introduction). The Qvod judgment ended one case but not the debate ([1](P97)); doubts about it have never gone away ([2](P112)). Experience abroad suggests that when unclear law keeps providers under constant threat of criminal liability for what users do, they may turn to **self-censorship**, and innovative firms that add to GDP may even **move to countries whose law is clearer** and less aimed at providers ([3](P493)). How to keep order online and protect national cyber security while fully protecting technical innovation, the industry's growth and citizens' freedom of online speech and expression is, the paper says, the major policy question any criminal regulation of providers must face ([4](P11)).

**Over-extended omission liability** (I.(一)). The paper contrasts German and Japanese caution with Chinese theory and practice, which it finds seemingly too ready to punish impure omissions. Its example: 张明楷 (Zhang Mingkai) holds that a prisoner allowed home for the holidays who deliberately does not return on time commits escape ([13](P1109)); the paper objects that escape is a minor offense and that little can be expected of such a prisoner, so this stretches omission liability too far.

**Obscenity law** (I.(一)). Constitutionally, pornography is one "precious" subject of expression among others ([3](P493)); with openness and the spread of the Internet, obscene material is no longer a monster ([8](P84)); online anti-pornography campaigns risk stifling technical and business-model innovation and entrenching division and monopoly in the industry ([14](P79)). The paper suggests it is time to ask whether the obscenity offenses waste penal resources; abroad, enforcement is largely confined to child pornography, and in the United States turning moralism and paternalism into constitutional principles has left the Supreme Court at an impasse on obscenity ([15](P183)). Art. 363, punishable up to life imprisonment, is in the paper's view out of step with the times, so its modes must be strictly limited and impure omission excluded ([8](P84)).

**Both Amendment IX offenses** (III, introduction). Scholars generally agree that art. 287-2 and art. 286-1 must be read narrowly to balance cyber security with innovation, the industry's development, victims such as rightholders, and citizens' speech.`,
    zh: `**为何要划清边界**（引言）。快播案判决为个案画上句号，却未平息理论争议（[1](P97)）；学界对其合理性的质疑一直存在（[2](P112)）。域外经验显示，如果法律不明确，服务商因用户行为而时刻面临刑事风险，就**可能**催生**自我审查**，甚至使有创新潜力、对GDP贡献重大的互联网企业**迁往法律更清晰**、较少针对服务商执法的国家（[3](P493)）。论文认为，怎样一面维护网络秩序、守护国家网络安全，一面充分保护技术创新、产业成长以及公民在网上发言和表达的自由，是用刑法规制网络服务商时绕不开的重大刑事政策问题（[4](P11)）。

**不真正不作为的过度扩张**（一（一））。论文将德国、日本的审慎与我国理论实务对比，认为我国似乎过于扩张不真正不作为犯的处罚。其例子：张明楷教授主张，节假日获准回家探亲的罪犯故意逾期不归的，也应以脱逃罪论处（[13](P1109)）；论文认为脱逃罪是轻罪、期待可能性又低，如此认定显然扩张过度。

**淫秽物品犯罪**（一（一））。从宪法角度看，色情材料只是众多表达主题中“珍贵”的一种言论（[3](P493)）；随着开放和网络普及，淫秽物品已不再是洪水猛兽（[8](P84)）；网络扫黄的风险在于抑制技术创新和商业模式创新，加剧产业分化与垄断（[14](P79)）。论文认为，如今该反思刑法上的淫秽物品犯罪是否在浪费刑罚资源；域外即便打击网络色情，也基本限于针对儿童的网络色情，而美国把道德主义、家长主义上升为宪法原则，已使最高法院在淫秽问题上陷入困境（[15](P183)）。第363条法定最高刑为无期徒刑，论文认为已与时代脱节，应当严格限定其行为方式，不承认以不真正不作为构成该罪（[8](P84)）。

**修正案（九）两罪**（三引言）。学界普遍认为，为在网络安全与技术创新、产业发展、权利人等被害人利益及公民言论自由之间求得平衡，必须限缩解释第287条之二与第286条之一。`,
  },

  abstract: {
    title: {
      en: 'The paper in brief (abstract)',
      zh: '论文要旨（摘要）',
    },
    section: 'abstract',
    en: `The paper's abstract, in our words:

- **The problem.** Rules on providers' liability are vague, and criminal-law theory and case synthesis are thin, so the boundary of providers' criminal liability is unclear. The Qvod judgment is widely questioned, and providers such as Tencent blocking and deleting citizens' WeChat and text messages at will has harmed some users' freedom of speech. (The Chinese abstract says *some* users; the English abstract words it more strongly. The English key words also list the **right to personal information**, which the Chinese abstract does not name; in the body, personal data appears as the leak that may justify a regulator's order under art. 286-1, II.(二).3, III.(二).)
- **Four classes.** Providers divide into access/transmission, caching, storage, and positioning (search, links) (II.(一)).
- **No general monitoring.** They owe no general duty to review or monitor what users generate or upload; after notice they bear civil and administrative notice-and-takedown liability, and criminal liability only exceptionally (II.(二)).
- **The help offense.** Whether art. 287-2 is made out depends on whether the provider supplied technical support or help *specially* for others' crimes, and whether it took a *deep* part in them (III.(一)).`,
    zh: `论文摘要要点（转述）：

- **问题。** 关于网络服务商担责的法律规定含混不清，刑法理论上的研究和对判例的归纳又都不够，致使其刑事责任难以划界。快播案判决饱受质疑；腾讯等服务商随意屏蔽、删除公民的微信和短信，使一部分网民的言论自由受到侵害。（中文摘要说的是“部分”网民，英文摘要措辞更重；英文关键词另列有**个人信息权**，中文摘要未提；正文中，个人信息是作为可能支持监管部门依第286条之一责令改正的“大量泄露”危险出现的，见二（二）3、三（二）。）
- **四类服务商。** 接入/传输、缓存、存储、定位（搜索、链接）（二（一））。
- **无一般监控义务。** 它们对用户生成、上传的内容没有普遍的审查与监控义务；接到通知后仅就“通知—删除”承担民事、行政责任，只在例外时才负刑事责任（二（二））。
- **帮助信息网络犯罪活动罪。** 是否成立，取决于是否*专门*为他人犯罪提供技术支持与帮助、是否*深度*参与他人犯罪（三（一））。`,
  },

  'isp-classes': {
    title: {
      en: 'Classifying service providers by function',
      zh: '按功能划分网络服务商',
    },
    section: 'II.(一)',
    en: `One main reason the boundary of providers' criminal liability is unclear, the paper says, is the lack of a typology ([24](P41)). Chinese criminal-law scholars classify providers in at least six ways ([25](P71), [26](P19), [24](P55), [27](P108), [28](P106), [29](P240)). The paper's choices (II.(一)):

- **Content providers are not ISPs.** Those who create and upload information themselves, or review or edit others' information before uploading it (Sohu, Sina and similar sites), speak as any author does in print and answer for their content; criminal law already covers them through insult, defamation, false accusation, fabricating terror or false information, inciting subversion and similar offenses ([27](P108)). Treating them as service providers adds nothing.
- **"Platform" is too vague.** The term is widely used but covers everything; a platform may be a content, caching or storage provider ([10](P13)). It is not drawn by function, which may be why Europe and America do not use it.
- **"Internet information service provider" is imprecise**: every provider serves the exchange of information; if content is meant, call it a content provider.
- **"Access software provider" is imprecise**: classify software by what it actually does — transmission, access, caching, storage or positioning. Qvod's software supplied **caching and positioning**.

**The paper's classes**, following most civil-law scholars: (1) information (Internet) access/transmission; (2) caching; (3) storage; (4) positioning — search and links. Advertising, payment and technical support are named in art. 287-2 but are not ISP classes.`,
    zh: `论文认为，服务商的刑事责任之所以界限模糊，一个重要原因是缺少类型化的梳理（[24](P41)）。刑法学者对服务商的分类至少有六种（[25](P71)、[26](P19)、[24](P55)、[27](P108)、[28](P106)、[29](P240)）。论文的取舍（二（一））：

- **内容提供者不是网络服务商。** 自行生成、上传信息，或对他人信息审核、加工后上传的（如搜狐、新浪等网站），与在报刊上发表文章并无二致，理应为自己发布的内容负责；刑法已有侮辱、诽谤、诬告陷害、编造或故意传播虚假恐怖信息、编造或故意传播虚假信息、煽动颠覆国家政权等罪名规制（[27](P108)）。把它们纳入服务商讨论没有实际意义。
- **“平台”过于宽泛。** 这个说法用得很多，却无所不包：所谓平台，可以是内容提供者，也可以是提供缓存或存储的服务商（[10](P13)）；它并非依功能划分的精确概念，欧美不用这一分类，或许正是这个缘故。
- **“互联网信息服务提供者”不准确**：所有服务商都为信息交流服务；若指内容服务，直接称内容提供者即可。
- **“访问软件提供者”不准确**：软件应按其实际功能归类，分别归入传输、接入、缓存、存储或定位服务商。快播软件提供的是**缓存和定位**服务。

**论文的分类**（采多数民法学者的观点）：（1）信息（互联网）接入/传输；（2）信息缓存；（3）信息存储；（4）信息定位（搜索、链接）。广告推广、支付结算、技术支持见于第287条之二，但不属于上述服务商类型。`,
  },

  omission: {
    title: {
      en: 'Impure omission and the dissemination offenses',
      zh: '不真正不作为与传播淫秽物品犯罪',
    },
    section: 'I.(一)',
    en: `The Qvod court convicted by **omission**: Qvod knew, could and should have stopped the spread, and did not. The paper argues that art. 363 should not be read as an offense that can be committed by omission (I.(一)):

- **Legality.** Punishing impure omissions has always drawn the charge that it departs from the principle of legality. The German scholar **Armin Kaufmann** held that it violates that principle ([11](P150)).
- **Germany.** Because of that root defect, the German Criminal Code writes it down in its general part (§13): one who fails to avert a result is punishable only if legally bound to guarantee that it does not occur and the omission is equivalent to bringing it about by an act, with optional mitigation under §49(1). But whether an omission is "equivalent", the paper notes, can only be a value judgment.
- **Japan.** Japanese theory and practice are very cautious and in fact accept impure omission only for a few offenses such as arson, murder and fraud ([12](P83)).
- **China.** By contrast, Chinese theory and practice seem to stretch impure omission too far — e.g. the view of 张明楷 (Zhang Mingkai) that a prisoner on holiday home leave who deliberately overstays commits escape ([13](P1109)).
- **Obscenity.** Art. 363 carries up to life imprisonment and, in the paper's view, is out of step with the times; its modes must be strictly limited and impure omission excluded ([8](P84)); see also *policy* ([3](P493), [14](P79), [15](P183)).

The paper's conclusion: calling Qvod's pulling and caching an act of dissemination ignores how caching works, and holding that art. 363 can be committed by omission over-extends impure omission, against the legality principle and the modesty (谦抑) of criminal law. The paper also lists the **source of the duty to act** as one of the three questions behind the dispute.`,
    zh: `快播案法院以**不作为**定罪：快播明知、有能力也有义务阻止传播而未阻止。论文认为，不应把传播淫秽物品牟利罪解释为可由不作为构成（一（一））：

- **罪刑法定。** 处罚不真正不作为犯历来被指背离罪刑法定原则。德国学者**阿明·考夫曼**即主张，对不真正不作为犯科处刑罚有悖于罪刑法定（[11](P150)）。
- **德国。** 正因为有这一先天缺陷，德国刑法在总则第13条专门作了规定：未防止结果发生的人，只有在法律上负有确保该结果不出现的义务，并且其不作为与通过作为实现构成要件相当时，才可处罚，刑罚还可按第49条第1款予以减轻。但论文指出，是否“相当”，终究只能作价值判断。
- **日本。** 日本理论与实务极为谨慎，实际上只在放火、杀人、诈骗等少数罪名中承认不真正不作为犯（[12](P83)）。
- **中国。** 相比之下，我国理论与实务似乎过度扩张了其处罚范围，例如张明楷教授认为获准回家探亲的罪犯故意逾期不归也成立脱逃罪（[13](P1109)）。
- **淫秽物品犯罪。** 第363条之罪最重可处无期徒刑，论文认为这已不合时宜，该罪的行为方式须严加限定，不应承认不真正不作为（[8](P84)）；另见“刑事政策”（[3](P493)、[14](P79)、[15](P183)）。

论文的结论：把快播拉拽、缓存视频说成作为形式的传播，违背缓存的技术原理；认为本罪可由不作为构成，则过度扩张了不真正不作为犯，有违罪刑法定原则和刑法的谦抑性。论文还把**作为义务的来源**列为争议的三个核心问题之一。`,
  },

  evidence: {
    title: {
      en: 'The evidence in the Qvod case: authentication and in dubio pro reo',
      zh: '快播案证据：鉴真与疑罪从无',
    },
    section: 'I.(三)',
    en: `The paper argues that the evidence for the Qvod conviction was insufficient (I.(三)):

- **The core evidence** was 21,251 obscene video files found on 3 seized cache servers. The parties disputed how the servers and files were collected and kept — at bottom, the **authentication** of electronic evidence — and corroboration built mainly on new expert opinions could not authenticate them effectively ([18](P89, P100)).
- **No direct proof of dissemination.** Even leaving authentication aside, the judgment itself concedes that there was no direct evidence that Qvod "published" the videos on its cache servers, and that neither how many obscene videos users downloaded from those servers, nor what share of downloads the servers' acceleration supported, could be known.
- **Doubt goes to the defendant.** Where no evidence directly shows how often the files on the servers were viewed or downloaded, the resulting uncertainty belongs, in the paper's view, under in dubio pro reo (疑罪从无) ([2](P112)).`,
    zh: `论文认为，快播案据以定罪的证据并不充分（一（三））：

- **核心证据**是在扣押的3台缓存服务器里查出的淫秽视频文件，共21251个。双方争执的焦点在于服务器和视频是如何提取、如何保管的，归根结底是电子证据的**鉴真**问题；而主要依靠新出具的鉴定意见来补强，也无法有效完成鉴真（[18](P89，P100)）。
- **缺乏直接传播证据。** 就算撇开鉴真问题，判决书自己也认可：并无直接证据证明快播网站“发布”过其缓存服务器中的淫秽视频；用户究竟从这些服务器下载了多少淫秽视频，特别是其中有多大比例借助了快播缓存服务器的加速，也都查不清楚。
- **疑罪从无。** 论文认为，在没有证据直接表明涉案服务器内淫秽视频被浏览或下载频次的情况下，由此产生的不利后果应归入“疑罪从无”（[2](P112)）。`,
  },

  'co-principal-interpretation': {
    title: {
      en: 'Reading accessory acts as principal acts (共犯的正犯化解释)',
      zh: '共犯的正犯化解释',
    },
    section: 'I.(四)',
    en: `The judgment does not say that it rests on art. 4 of the 2010 judicial interpretation (II) of the Supreme People's Court and Supreme People's Procuratorate on obscene electronic information (of 2 February 2010) ([19](P124)) — a provision **于志刚** (Yu Zhigang) calls a "共犯的正犯化解释", an interpretation that turns accessory conduct into principal conduct. But **陈兴良** (Chen Xingliang) reads the judgment as based on it ([6](P24)), and **范君**, vice-president of the first-instance court, openly said that before Amendment IX took effect the interpretation deserved special attention ([20](P30)).

The paper argues (I.(四)) that treating what is really accessory conduct (instigation or help) directly as a principal act by way of interpretation seriously violates the legality principle ([21](P73), [22](P85)): distinguishing help from perpetration is, in the words of the author it cites, a cultural achievement of modern criminal law, and reading help as perpetration would bring down the theory of complicity ([23](P7)). A judgment grounded on such an interpretation therefore, in the paper's view, **applied the law wrongly**.`,
    zh: `最高人民法院、最高人民检察院（“两高”）于2010年2月2日发布了办理淫秽电子信息刑事案件的司法解释（二），判决书并未明说其第4条就是判决的依据（[19](P124)）——**于志刚**教授称该条为“共犯的正犯化解释”。但**陈兴良**教授认为判决正是以该条为依据（[6](P24)），一审法院副院长**范君**也公开表示，《刑法修正案（九）》施行以前，这一解释尤其值得重视（[20](P30)）。

论文认为（一（四）），通过解释把本属共犯的行为（教唆或帮助）直接认定为实行行为，严重违反罪刑法定原则（[21](P73)、[22](P85)）：论文所引学者指出，把帮助与实行分开，是近代刑法在文化上的一项收获；把帮助当作实行，会使共犯理论失去根基（[23](P7)）。既然判决以违反罪刑法定的司法解释性规定为依据，论文认为其**适用法律错误**。`,
  },

  'notice-and-takedown': {
    title: {
      en: 'Notice-and-takedown: civil and administrative, generally not criminal',
      zh: '“通知—删除”：民事、行政责任，一般不宜追究刑事责任',
    },
    section: 'II.(二)',
    en: `The paper works through each class of provider (II.(二)):

1. **Access/transmission** (II.(二).1). Scholars generally agree that these providers need not review in advance or monitor in real time what users generate and upload, and generally do not answer for it: the mass and anonymity of online information make prior review technically infeasible, and it would intrude on users' privacy and speech ([28](P101)). The Tort Law and the Cybersecurity Law require deleting, blocking or disconnecting once a provider knows illegal information is passing through, because for these providers that is feasible and balances the interests of providers, infringers, rightholders and the public; so some civil and administrative liability for ignoring notice-and-takedown is reasonable. The paper also reads the **Cybersecurity Law** this way: art. 63 makes its administrative penalty apply "where no crime is constituted", but art. 68 (failing to stop transmitting prohibited information) has no such words — which, the paper infers, shows that the Law, enacted after Amendment IX, does not intend criminal liability here. Conclusion: failing to disconnect after learning of such information **generally** brings civil and administrative liability only, and criminal liability is **generally not appropriate**.
2. **Caching** (II.(二).2). Under art. 13 of the EU E-Commerce Directive a cache is exempt if it does not modify the information and acts expeditiously to remove or block it once it actually knows the source has been removed or blocked, or an authority has ordered removal ([9](P202-203)). Like access, caching carries no monitoring duty, only notice-and-takedown, on pain of possible civil and administrative liability; criminal liability is generally not appropriate.
3. **Storage** (II.(二).3): notice-and-delete ([9](P219)); see *storage*.
4. **Positioning** (II.(二).4). Reviewing every search result or link for lawfulness is impossible both technically and in legal judgment, so a search or link provider that does **not intervene by hand** and honours notice-and-takedown is not liable for users' illegal information. Human intervention — e.g. paid top placement — may bring false advertising, art. 287-2 as principal, or complicity in fraud or counterfeit-drug sales; **embedded (framed) links**, whose third-party origin users cannot see, make the link provider answer for the content's lawfulness — the German Federal Court of Justice treats them as providing content ([30](P128)) — so it may be a principal of false advertising, copyright infringement or dissemination of obscene material.

**Summary.** In principle these providers owe no duty to supervise users' content ([31](P323)). For the sake of balance, if they know the content, can technically stop it, and stopping it is within their capacity, ignoring notice-and-takedown **may** bring civil and administrative liability, but **generally not** criminal liability. Only where serious-crime information touching national or public security risks spreading, citizens' data risks leaking on a large scale, or evidence of a major case risks being lost, and the provider refuses to correct after a regulator's order, **may** art. 286-1 apply.`,
    zh: `论文逐类分析（二（二））：

1. **接入/传输**（二（二）1）。学界普遍认为，这类服务商对用户生成、上传的内容不负事先审查、实时监控义务，一般不对其负责：网上信息海量且匿名，事先审查在技术上不可行，还会干涉网民隐私和言论自由（[28](P101)）。《侵权责任法》《网络安全法》之所以要求服务商一旦知道有违法信息正在传输，就予以删除、屏蔽或断开连接，是因为这对其技术上可行，也能在服务商、侵权人、权利人和公众之间平衡利益；因此，不遵守通知—删除规则者承担一定民事、行政责任有其合理性。论文还这样解读**《网络安全法》**：第63条的行政责任以“尚不构成犯罪”为前提，第68条（对禁止发布或传输的信息未停止传输等）却没有这一表述——论文据此推断，制定于修正案（九）之后的该法无意追究此种情形下接入/传输服务商的刑事责任。结论：知道存在违法信息而不断开连接的，**一般**只承担民事、行政责任，**不宜**追究刑事责任。
2. **缓存**（二（二）2）。依欧盟《电子商务指令》第13条，缓存服务商未修改信息，并在实际知晓来源信息已被删除、访问已被禁止或主管机关已下令清除时迅速删除或封锁的，即可免责（[9](P202-203)）。缓存与接入一样不负监控义务，只负通知—删除义务，否则可能承担民事、行政责任；一般不宜追究刑事责任。
3. **存储**（二（二）3）：通知—删除（[9](P219)）；见“存储”。
4. **定位**（二（二）4）。对搜索、链接的每条信息逐一审查合法性，技术上和法律判断上都做不到；因此只要**没有人为干预**并履行通知—删除义务，就不应让其为用户的违法信息负责。一旦人为干预（如收费置顶），就可能作为正犯承担虚假广告罪或帮助信息网络犯罪活动罪之责，或者成为诈骗罪、销售假药罪的共犯；**加框（嵌入式）链接**使用户看不出内容来自第三方，链接服务商应对内容合法性负责——德国联邦最高法院认为嵌入式链接属于内容提供（[30](P128)）——因而可能成立侵犯著作权罪、虚假广告罪或传播淫秽物品罪等犯罪的正犯。

**小结。** 原则上，这些服务商不承担监管用户内容的义务（[31](P323)）。基于利益平衡，如果它们知道内容、技术上能够阻止、阻止也在其能力之内，却不按通知—删除规则处理，**可能**要负民事、行政责任，但**通常不宜**追究刑事责任。唯有关乎国家安全、公共安全的严重犯罪信息面临扩散危险、公民信息面临大规模泄露危险或重大案件证据面临灭失危险，并且服务商在监管部门责令改正后仍不改正的，才**可能**构成拒不履行信息网络安全管理义务罪。`,
  },
};
