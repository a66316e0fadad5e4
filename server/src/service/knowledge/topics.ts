/**
 * The paper's reasoning, as hover and report knowledge: one entry per topic,
 * in English and Simplified Chinese (Markdown).
 *
 * Source: 陈洪兵《网络服务商的刑事责任边界——以"快播案"判决为切入点》
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
    zh: `论文认为（三、（一）末段），中立的帮助行为以及不作为的帮助之所以一般不受处罚，**并非**因为它们与正犯行为及其结果之间没有*物理*上的因果联系（这种联系往往存在），而是因为缺少*心理*上的因果联系。这种联系在以下情形下欠缺：

- 帮助**不针对特定对象**；
- 行为本身**具有正当用途**；
- 帮助者**没有深度参与**他人的犯罪。

反之，帮助若在物理因果之外还与他人犯罪形成心理因果联系，论文认为即具有可罚性。由此得出论文的两项判断标准：服务商是否**违反行业规定**，是否**深度参与**他人的犯罪活动。论文认为，这两点是区分不可罚的网络中立帮助与帮助信息网络犯罪活动罪（正犯）以及其他犯罪共犯的重要依据。摘要则把关键问题概括为：是否*专门*为他人犯罪提供技术支持与帮助，是否*深度*参与他人犯罪。

注：论文此处原句印刷上有误（字面为对中立帮助"进行处罚"），结合上下文，其意在说明此类帮助*不*受处罚的理由。`,
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
    zh: `快播公司的行为属于作为还是不作为，是讨论本案无法回避的问题（[5](P52)）。从判决书的表述看，法院把快播公司的行为定性为**不作为**，裁判理由径直将其认定为以不作为方式实施的传播淫秽物品牟利罪的实行行为（[6](P13)）。学界观点可分四类（一、（一））：

| 学者 | 对快播行为的定性 | 出处 |
|---|---|---|
| **陈兴良** | 快播以放任方式帮助他人传播，属于不作为的传播淫秽物品牟利罪与传播淫秽物品罪帮助犯的想象竞合 | [6](P20-28) |
| **张明楷** | 作为与不作为并存：拉拽、缓存淫秽视频犹如展览厅管理者，以陈列方式传播淫秽物品 | [7] |
| **周光权** | 属于**作为**而非不作为，成立作为形式的传播淫秽物品牟利罪 | [5](P51) |
| **高艳东** | 在我国以保护法益为由处罚不纯正不作为，有违罪刑法定原则 | [8](P68) |

**论文的回应。** 论文指出，分歧集中在三点：拉拽、缓存行为的性质，作为义务从何而来，以及传播淫秽物品牟利罪能否由不作为构成。就第一点，论文认为部分学者**误解了缓存的技术功能**：缓存是临时的数据库，免去用户再次从源头调取数据，因而技术上属存储，功能上属传输（[9](P202)）。判决书也承认，缓存服务器并不直接提供链接，只是在用户点击淫秽网站上的链接之后才提供加速。因此快播并无积极的传播行为，"作为与不作为相结合"的说法也难以成立（[10](P24)）。其余两点见"不纯正不作为"：论文认为把本罪解释为可由不作为构成，过度扩张了不纯正不作为犯的范围。论文的结论是：快播公司既没有可评价为犯罪的作为，也没有与作为等价的不作为（一、小结）。`,
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
    zh: `快播案法院驳回中立帮助抗辩的理由是：该理论不适用于**实行行为**，而快播缓存服务器下载、存储并提供淫秽视频属于传播的实行行为。张明楷教授同样认为中立帮助理论不适用于正犯行为（[7]）。论文认为这是对该理论的重大误解（一、（二））：

- **特征。** 之所以称为中立的帮助，是因为它具有中立性、职业性、日常生活性、业务性，且不以犯罪为目的：它并非专为他人犯罪服务，而是本身目的正当、合法。
- **权衡。** 对客观上促进了他人犯罪、主观上也有认识的中立帮助不一律处罚，是在保障日常生活自由、业务交易自由与保护被害人法益之间权衡的结果；论文提醒，否则人们会提心吊胆、被迫相互监视，日常生活随之萎缩（[16](P198)）。
- **实行行为亦然。** 因此论文认为，只要行为目的正当、所保护的利益更为优越，**不论是帮助行为还是实行行为**，都应承认其中立性。论文的例子（[17](P248)）：父母明知儿子杀人仍留其吃住、给其逃跑路费；妻子明知丈夫在家吸毒而不加阻止。这些行为表面上符合窝藏罪、容留他人吸毒罪的实行行为，但亲情伦理相对于国家司法作用、毒品管制秩序或公众健康明显更为优越，因而可以排除在犯罪之外。

所以论文的结论是：不能以快播的行为属于实行行为为由，拒绝适用中立帮助行为理论。`,
  },

  'tech-neutrality': {
    title: {
      en: 'Technology neutrality and the safe harbour',
      zh: '技术中立与"避风港"规则',
    },
    section: 'I.(二)',
    en: `Qvod's defence invoked technology neutrality and the safe harbour. The court answered that the exemption protects technology *providers*, while Qvod was a technology *user*, and that the safe harbour protects lawful works, not obscene material. The paper rejects both answers (I.(二)):

- **Provider or user depends on the comparison.** Measured against its users and the websites that uploaded obscene videos, Qvod supplied only a player and caching that speeds up playback, so it was a technology provider — just as the maker and seller of a video recorder is a provider relative to people who copy works with it, though relative to the recorder's inventor the same maker could be called a user. The point of the distinction is whether the technology itself is neutral and harmless.
- **Lawful uses.** Qvod's player and cache played and cached lawful videos as well as obscene ones. The technology-neutrality principle began as the "substantial non-infringing use" rule, devised precisely to separate VCR makers from those who used VCRs to copy without authorisation.
- **Caching is ordinary.** Caching is a widespread technique for faster transmission and smoother playback, so Qvod should not be classed as a technology user and denied the exemption.
- **The safe harbour does not depend on the content.** Its core is that a provider has no duty to review in advance or monitor in real time, only to act after notice — whether users upload protected works or prohibited obscenity. Because Qvod's service was not aimed at spreading obscene videos, the paper argues that even if it later knew of them and let them spread, it should bear administrative liability and contributory civil liability, not liability as a principal of art. 363.`,
    zh: `快播方以技术中立原则为据，主张适用"避风港"规则。法院认为：技术中立的免责通常只及于技术*提供者*，而快播是技术*使用者*；"避风港"只保护合法作品，不保护淫秽物品。论文对这两点均不认同（一、（二））：

- **提供者抑或使用者，取决于比较对象。** 相对于快播用户和上传淫秽视频的不法网站，快播提供的只是播放技术及加速播放的缓存技术，应属技术提供者；正如录像机的制售者相对于用录像机非法复制作品的人是技术提供者，尽管相对于录像机的发明者，它也可称为技术使用者。作此区分的意义在于强调技术本身是否中立、无害。
- **合法用途。** 快播的播放、缓存技术在处理淫秽视频的同时也处理合法视频。技术中立原则最初即"实质性非侵权用途"原则，正是为了把录像机制售者与擅自复制他人作品的侵权人区分开来。
- **缓存是普通技术。** 缓存不过是加快传输、使播放更顺畅的常见网络技术，不应据此把快播归为技术使用者而否定其免责。
- **"避风港"与内容合法与否无关。** 其要义在于服务商不负事先审查、实时监控义务，只负事后通知—移除责任，无论用户上传的是合法作品还是被禁止的淫秽物品。论文认为，快播并非专门为传播淫秽视频提供服务，即使事后明知并放任，也只应承担行政责任和帮助侵权的民事责任，而不应承担传播淫秽物品牟利罪实行犯的责任。`,
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
    zh: `有学者认为，信息存储空间服务商对所存储的信息负有监管义务（[6](P14)）。论文不赞同（二、（二）.3）：

- **隐私与言论。** 论文认为，若要求存储服务商审查、监管用户存储的信息，势必侵犯宪法保障的公民隐私和言论自由。
- **仓储类比。** 经营仓库的人无须查验客户寄存的商品是否假冒伪劣；同理，要求存储服务商审查用户所存信息，显然超出其承受能力。
- **比较法。** 欧美立法一般不要求包括存储服务商在内的网络服务商审查用户上传的内容；提供单纯传输、缓存、数据存储的中间服务者，除非同时满足知晓内容、技术上能够阻止、阻止不超出其承受能力等条件，否则不对用户的违法信息负责（[26](P17)）。
- **通知—删除。** 出于利益平衡，存储服务商应遵循"通知和删除"程序：一经接到违法内容的通知，即应屏蔽或删除相关数据（[9](P219)）；否则**可能**承担民事、行政责任。
- **刑法作为最后手段。** 与接入、缓存服务商一样，只有在涉及国家安全、公共安全等严重犯罪的信息有扩散危险、公民个人信息有大量泄露危险，或者重大刑事案件证据有灭失危险时，监管部门才可责令其改正，也才**可能**涉及拒不履行信息网络安全管理义务罪。

服务器托管作为诈骗帮助的情形，见案2（三、（一）.2）：只有专门为他人犯罪提供托管，才可能因欠缺业务性而成立帮助信息网络犯罪活动罪。`,
  },

  'art286-1-practice': {
    title: {
      en: 'Art. 286-1 (refusing network security duties) in practice',
      zh: '拒不履行信息网络安全管理义务罪的适用',
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
    zh: `学界普遍认为，应对拒不履行信息网络安全管理义务罪的构成要件作限缩解释（[33](P143)），并提出了不同方案（三、（二））：

- 信息网络安全管理义务不等于内容管理义务，其核心是对信息传播的治理（[34](P58)）；
- 可将该义务限缩为保护网络信息安全的义务，即自我管理以及向用户、主管部门报告犯罪风险的配合义务，不含主动审查风险的义务（[35](P82)）；
- 可从"拒不履行"与"情节严重"的认定上限制本罪（[26](P24-25)）；
- 责令改正的主体限于监管部门而非私人；服务商只对通知之后的传播或扩大的损害负责；法院应重点审查信息内容是否具有可罚的违法性；政府应克制删除等责令；受影响者应有声明、辩论的机会（[33](P143)）。

**没有定罪判例。** 论文在中国裁判文书网上未检索到任何以本罪定罪的判决，认为这说明理论与实务对构成要件认识不一，适用态度审慎。

**论文的主张**（以《网络安全法》等为依据，基于利益衡量）：

1. 借鉴侵权法上的"通知—反通知"或"通知—转通知"程序，对"监管部门""通知事项""改正措施""拒不改正"以及反通知或陈述、申辩程序作出细化规定。论文推测，迄今没有判例，可能正因"经监管部门责令采取改正措施而拒不改正"缺乏可操作性。
2. 对"致使违法信息大量传播""致使用户信息泄露，造成严重后果""致使刑事案件证据灭失，情节严重"作限制解释。鉴于责令删除、过滤、屏蔽、断开链接可能不当介入隐私、妨碍言论自由，论文认为可以考虑仅在涉及国家安全、公共安全等严重犯罪信息有传播危险时，才允许监管部门责令改正（[36](P73)）。
3. "其他严重情节"是兜底条款，应按同类解释规则理解为与前三项危害相当，并审慎适用。

（二、（二）.3 及二、（二）小结所列门槛略宽，另含公民个人信息大量泄露和重大刑事案件证据灭失的危险。）`,
  },

  'help-offense-cases': {
    title: {
      en: 'Art. 287-2 in the courts: the paper\u2019s six cases',
      zh: '帮助信息网络犯罪活动罪的判例：论文的六个案例',
    },
    section: 'III.(一).1–5',
    en: `**The criticism.** One scholar argues that access, server hosting, storage, advertising and payment are neutral help with nothing harmful about them, so art. 287-2 suddenly raised still-disputed neutral help to a principal offense ([32](P12-13)); other critics largely agree. **The paper's reply** rests on the few dozen art. 287-2 judgments it found on China Judgments Online: in them, the help had broken industry rules, been targeted, or gone deep, so the offense, read narrowly, does not punish neutral business help as such (III.(一)).

- **Access — 案1** (III.(一).1). 杨某, a telecom employee installing broadband, knew the applicant and address were false and the lines were for fraud, yet for high profits broke the rule that applicant and site data must be true, used false ID cards and installed "black broadband". His defence that he only followed the company's arrangements failed; he was convicted as a fraud accomplice. The paper argues he also committed art. 287-2, but art. 287-2 para. 3 lets the heavier offense govern; his conduct overflowed neutral help, so access is not automatically business conduct.
- **Hosting — 案2** (III.(一).2). 陈某某 hosted a fake shopping site for the fraudster 许某 and helped it evade 360 blocking; convicted under art. 287-2. The facts do not say whether he ran a hosting business (like 光通公司 in the Qvod case) or hosted specially for 许某; the paper holds that only hosting provided specially for another's crime may lack business character and be the offense.
- **Transmission — 案3** (III.(一).3). 张某 sold number-changing software, rented servers and maintained it; the court convicted him under art. 287-2 but refused fraud complicity for want of a shared intent to take property. Since the State Administration for Industry and Commerce had ordered a crackdown on online sales of such software from 2013, and he kept selling after users were caught, the paper finds his conduct no longer legitimate business and argues he was also a fraud accomplice: complicity needs only knowledge that one's help serves the fraud. Similarly, in the 上虞 case (2016 浙0604刑初1032号) renting 上海铁通 fixed lines with call forwarding to fraudsters was held to be the help offense. The paper's point: such "transmission" comes from individuals breaking industry rules, not from infrastructure carriers (China Telecom, China Mobile, China Unicom); a carrier that keeps the rules stays neutral **even when it knows** its service is used for crime.
- **Advertising and payment — 案4, 案5** (III.(一).4). 案4 promoted fake Alipay/WeChat customer-service numbers as Baidu keywords; 案5 赵某 opened payment accounts with bought company credentials and fake domain filings and resold them. The paper argues such help may be criminal only if it breaks the industry rules and loses its neutrality; Baidu's ordinary, untargeted and unmanipulated ads, and payment services by Alipay or banks that keep the rules, cannot be crimes.
- **Other technical support — 案6** (III.(一).5). 侯某 and 高某 built and maintained a phishing bank site for a theft ring. The first instance court found them co-perpetrators of theft; the appeal court held that they took a deep part in the crime and were accomplices. The paper draws the general line from this: deep participation is both the condition of complicity and the boundary between unpunishable neutral help and art. 287-2.`,
    zh: `**批评意见。** 有学者以提供互联网接入、服务器托管、网络存储、广告推广、支付结算等均为不具社会危害性的中立帮助为由，批评增设本罪是把尚有争议的中立帮助一举提升为正犯处罚（[32](P12-13)），其他质疑者大多持相同立场。**论文的回应**以其在中国裁判文书网检索到的几十份判例为据：这些判例中的帮助或违反行业规定，或针对特定对象，或深度参与，因此对本罪作限缩解释，并不会把中立的业务帮助本身作为犯罪处罚（三、（一））。

- **互联网接入——案1**（三、（一）.1）。电信公司宽带安装维护人员杨某明知报装人和地址不实、宽带将用于诈骗，仍为高利违反报装信息须真实的行业规定，以假身份证办理"黑宽带"。其"按公司安排履职"的辩解未获采纳，以诈骗共犯定罪。论文认为其同时构成帮助信息网络犯罪活动罪，只是依第287条之二第3款从一重处断；其行为已溢出中立帮助范畴，可见接入服务并非当然属于业务行为。
- **服务器托管——案2**（三、（一）.2）。陈某某为许某的虚假购物网站提供服务器托管和防360拦截等支持，以本罪定罪。案情未说明他是专营托管业务的公司（如快播案中的光通公司），还是专为许某犯罪提供托管；论文认为，只有专门为他人犯罪提供托管，才可能因欠缺业务性而成立本罪。
- **通信传输——案3**（三、（一）.3）。张某出售改号软件、出租服务器并维护，法院以本罪定罪，却以证明共同非法占有故意的证据不足为由否定诈骗共犯。论文指出，国家工商总局自2013年起要求严查网上销售改号软件，张某在用户因诈骗被抓后仍继续出售，其行为已无正当业务性；且成立诈骗共犯只需知道他人利用其帮助实施诈骗，因而他还构成诈骗共犯。另有上虞案（(2016)浙0604刑初1032号）：向诈骗者出租上海铁通固话并提供呼叫转接，被认定为本罪。论文的要点：此类"通信传输"来自违反行业规定的个人，而非中国电信、中国移动、中国联通等基础设施运营商；运营商只要服务不违反行业规定，**即便明知**被用于犯罪，也属中立帮助。
- **广告推广、支付结算——案4、案5**（三、（一）.4）。案4把虚假的支付宝、微信客服电话作为关键词在百度推广；案5赵某用购得的企业证照和假备案域名申请支付账户后转卖。论文认为，此类帮助只有违反行业规定、丧失中立性时，才可能构成犯罪；百度等不针对特定对象、不人为干预的正常推广，以及支付宝、银行等遵守行业规定的支付结算服务，不可能构成犯罪。
- **其他技术支持——案6**（三、（一）.5）。侯某、高某为盗窃团伙搭建并维护仿冒银行的钓鱼网站。一审认定二人与网站使用者同成盗窃罪；二审认为二人深度参与他人犯罪，应以共犯论处。论文据此提出一般标准：是否深度参与，既决定共犯能否成立，也是区分不可罚的中立帮助与本罪的界线。`,
  },

  policy: {
    title: {
      en: 'Criminal policy: security, innovation and speech',
      zh: '刑事政策：安全、创新与言论自由',
    },
    section: 'introduction; I.(一)',
    en: `**Why the boundary matters** (introduction). The Qvod judgment ended one case but not the debate ([1](P97)); doubts about it have never gone away ([2](P112)). Experience abroad suggests that when unclear law keeps providers under constant threat of criminal liability for what users do, they may turn to **self-censorship**, and innovative firms that add to GDP may even **move to countries whose law is clearer** and less aimed at providers ([3](P493)). How to keep order online and protect national cyber security while fully protecting technical innovation, the industry's growth and citizens' freedom of online speech and expression is, the paper says, the major policy question any criminal regulation of providers must face ([4](P11)).

**Over-extended omission liability** (I.(一)). The paper contrasts German and Japanese caution with Chinese theory and practice, which it finds too ready to punish impure omissions. Its example: 张明楷 (Zhang Mingkai) holds that a prisoner allowed home for the holidays who deliberately does not return on time commits escape ([13](P1109)); the paper objects that escape is a minor offense and that little can be expected of such a prisoner, so this stretches omission liability too far.

**Obscenity law** (I.(一)). Constitutionally, pornography is one "precious" subject of expression among others ([3](P493)); with openness and the spread of the Internet, obscene material is no longer a monster ([8](P84)); online anti-pornography campaigns risk stifling technical and business-model innovation and entrenching division and monopoly in the industry ([14](P79)). The paper suggests it is time to ask whether the obscenity offenses waste penal resources; abroad, enforcement is largely confined to child pornography, and in the United States turning moralism and paternalism into constitutional principles has left the Supreme Court at an impasse on obscenity ([15](P183)). Art. 363, punishable up to life imprisonment, is in the paper's view out of step with the times, so its modes must be strictly limited and impure omission excluded ([8](P84)).

**Both Amendment IX offenses** (III, introduction). Scholars generally agree that art. 287-2 and art. 286-1 must be read narrowly to balance cyber security with innovation, the industry's development, victims such as rightholders, and citizens' speech.`,
    zh: `**为何要划清边界**（引言）。快播案判决为个案画上句号，却未平息理论争议（[1](P97)）；学界对其合理性的质疑一直存在（[2](P112)）。域外经验显示，如果法律不明确，服务商因用户行为而时刻面临刑事风险，就**可能**催生**自我审查**，甚至使有创新潜力、对GDP贡献重大的互联网企业**迁往法律更清晰**、较少针对服务商执法的国家（[3](P493)）。论文认为，如何在规范网络管理秩序、保障国家网络安全的同时，充分保障技术创新、产业发展和公民的网络言论与表达自由，是刑法规制网络服务商必须正视的重大刑事政策问题（[4](P11)）。

**不纯正不作为的过度扩张**（一、（一））。论文将德国、日本的审慎与我国理论实务对比，认为我国过于扩张不真正不作为犯的处罚。其例子：张明楷教授主张，节假日获准回家探亲的罪犯故意逾期不归的，也应以脱逃罪论处（[13](P1109)）；论文认为脱逃罪是轻罪、期待可能性又低，如此认定显然扩张过度。

**淫秽物品犯罪**（一、（一））。从宪法角度看，色情材料只是众多表达主题中"珍贵"的一种言论（[3](P493)）；随着开放和网络普及，淫秽物品已不再是洪水猛兽（[8](P84)）；网络扫黄的风险在于抑制技术创新和商业模式创新，加剧产业分化与垄断（[14](P79)）。论文认为，现在应当反思刑法中制作、贩卖、传播淫秽物品罪是否浪费刑罚资源；域外即便打击网络色情，也基本限于针对儿童的网络色情，而美国把道德主义、家长主义上升为宪法原则，已使最高法院在淫秽问题上陷入困境（[15](P183)）。传播淫秽物品牟利罪最高可判无期徒刑，论文认为与时代不符，必须严格限制其行为方式，否定不纯正不作为（[8](P84)）。

**修正案（九）两罪**（三、引言）。学界普遍认为，为在网络安全与技术创新、产业发展、权利人等被害人利益及公民言论自由之间求得平衡，必须限缩解释第287条之二与第286条之一。`,
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

- **问题。** 有关网络服务商法律责任的规定不明确，刑法理论研究和判例梳理不足，导致其刑事责任边界模糊。快播案判决广受质疑；腾讯等服务商任意屏蔽、删除公民的微信、短信内容，损害了部分网民的言论自由。（中文摘要说的是"部分"网民，英文摘要措辞更重；英文关键词另列有**个人信息权**，中文摘要未提；正文中，个人信息是作为可能支持监管部门依第286条之一责令改正的"大量泄露"危险出现的，见二、（二）.3，三、（二）。）
- **四类服务商。** 接入/传输、缓存、存储、定位（搜索、链接）（二、（一））。
- **无一般监控义务。** 对用户生成、上传的内容不负一般性的审查监控义务，事后仅负"通知—移除"的民事、行政责任，例外情况下才承担刑事责任（二、（二））。
- **帮助犯罪活动罪。** 是否成立，取决于是否*专门*为他人犯罪提供技术支持与帮助、是否*深度*参与他人犯罪（三、（一））。`,
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
    zh: `论文认为，网络服务商刑事责任边界不清的重要原因之一，是缺乏类型化（[24](P41)）。刑法学者对服务商的分类至少有六种（[25](P71)、[26](P19)、[24](P55)、[27](P108)、[28](P106)、[29](P240)）。论文的取舍（二、（一））：

- **内容提供者不是网络服务商。** 自行生成、上传信息，或对他人信息审核、加工后上传的（如搜狐、新浪等网站），与在报刊上发表文章并无二致，理应为自己发布的内容负责；刑法已有侮辱、诽谤、诬告陷害、编造或故意传播虚假恐怖信息、编造或故意传播虚假信息、煽动颠覆国家政权等罪名规制（[27](P108)）。把它们纳入服务商讨论没有实际意义。
- **"平台"过于宽泛。** 这一概念使用广泛却包罗万象，平台既可能是内容提供者，也可能是缓存或存储服务商（[10](P13)）；它不是按功能划分的精确概念，欧美不采此分类或许也与此有关。
- **"互联网信息服务提供者"不准确**：所有服务商都为信息交流服务；若指内容服务，直接称内容提供者即可。
- **"访问软件提供者"不准确**：应按软件实际发挥的作用，认定为传输、接入、缓存、存储或定位服务商。快播软件提供的是**缓存和定位**服务。

**论文的分类**（采多数民法学者的观点）：（1）信息（互联网）接入/传输；（2）信息缓存；（3）信息存储；（4）信息定位（搜索、链接）。广告推广、支付结算、技术支持见于第287条之二，但不属于上述服务商类型。`,
  },

  omission: {
    title: {
      en: 'Impure omission and the dissemination offenses',
      zh: '不纯正不作为与传播淫秽物品犯罪',
    },
    section: 'I.(一)',
    en: `The Qvod court convicted by **omission**: Qvod knew, could and should have stopped the spread, and did not. The paper argues that art. 363 should not be read as an offense that can be committed by omission (I.(一)):

- **Legality.** Punishing impure omissions has always drawn the charge that it departs from the principle of legality. The German scholar **Armin Kaufmann** held that it violates that principle ([11](P150)).
- **Germany.** Because of that root defect, the German Criminal Code writes it down in its general part (§13): one who fails to avert a result is punishable only if legally bound to guarantee that it does not occur and the omission is equivalent to bringing it about by an act, with optional mitigation under §49(1). But whether an omission is "equivalent", the paper notes, can only be a value judgment.
- **Japan.** Japanese theory and practice are very cautious and in fact accept impure omission only for a few offenses such as arson, murder and fraud ([12](P83)).
- **China.** By contrast, Chinese theory and practice seem to stretch impure omission too far — e.g. the view of 张明楷 (Zhang Mingkai) that a prisoner on holiday home leave who deliberately overstays commits escape ([13](P1109)).
- **Obscenity.** Art. 363 carries up to life imprisonment and, in the paper's view, is out of step with the times; its modes must be strictly limited and impure omission excluded ([8](P84)); see also *policy* ([3](P493), [14](P79), [15](P183)).

The paper's conclusion: calling Qvod's pulling and caching an act of dissemination ignores how caching works, and holding that art. 363 can be committed by omission over-extends impure omission, against the legality principle and the modesty (谦抑) of criminal law. The paper also lists the **source of the duty to act** as one of the three questions behind the dispute.`,
    zh: `快播案法院以**不作为**定罪：快播明知、有能力也有义务阻止传播而未阻止。论文认为，不应把传播淫秽物品牟利罪解释为可由不作为构成（一、（一））：

- **罪刑法定。** 处罚不真正不作为犯历来被指背离罪刑法定原则。德国学者**阿明·考夫曼**坚持认为，处罚不真正不作为犯违反罪刑法定（[11](P150)）。
- **德国。** 正因存在这一根本缺陷，德国刑法总则第13条作了专门规定：不防止结果发生者，只有负有保证结果不发生的法律义务，且其不作为与以作为实现构成要件相当时，才受处罚，并可依第49条第1款减轻处罚。但论文指出，何谓"相当"，只能是价值判断。
- **日本。** 日本理论与实务极为谨慎，实际上只在放火、杀人、诈骗等少数罪名中承认不真正不作为犯（[12](P83)）。
- **中国。** 相比之下，我国理论与实务似乎过度扩张了其处罚范围，例如张明楷教授认为获准回家探亲的罪犯故意逾期不归也成立脱逃罪（[13](P1109)）。
- **淫秽物品犯罪。** 传播淫秽物品牟利罪最高可判无期徒刑，论文认为与时代不符，必须严格限制行为方式，否定不纯正不作为（[8](P84)）；另见"刑事政策"（[3](P493)、[14](P79)、[15](P183)）。

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
    zh: `论文认为，快播案据以定罪的证据并不充分（一、（三））：

- **核心证据**是从查获的3台缓存服务器中检出的21251个淫秽视频文件。控辩双方争议集中在服务器与视频的取证、保管环节，实质是电子证据的**鉴真**问题；而以新的鉴定意见为主的补强证据，并不能有效完成鉴真（[18](P89，P100)）。
- **缺乏直接传播证据。** 即使不论鉴真缺陷，判决书也承认：没有快播网站"发布"缓存服务器内淫秽视频的直接证据，用户从缓存服务器下载淫秽视频的数量，尤其是下载时由快播缓存服务器加速支持的比例，也无从查明。
- **疑罪从无。** 论文认为，在没有证据直接表明涉案服务器内淫秽视频被浏览或下载频次的情况下，由此产生的不利后果应归入"疑罪从无"（[2](P112)）。`,
  },

  'co-principal-interpretation': {
    title: {
      en: 'Reading accessory acts as principal acts (共犯的正犯化解释)',
      zh: '共犯的正犯化解释',
    },
    section: 'I.(四)',
    en: `The judgment does not say that it rests on art. 4 of the 2010 judicial interpretation (II) of the Supreme People's Court and Supreme People's Procuratorate on obscene electronic information (of 2 February 2010) ([19](P124)) — a provision **于志刚** (Yu Zhigang) calls a "共犯的正犯化解释", an interpretation that turns accessory conduct into principal conduct. But **陈兴良** (Chen Xingliang) reads the judgment as based on it ([6](P24)), and **范君**, vice-president of the first-instance court, openly said that before Amendment IX took effect the interpretation deserved special attention ([20](P30)).

The paper argues (I.(四)) that treating what is really accessory conduct (instigation or help) directly as a principal act by way of interpretation seriously violates the legality principle ([21](P73), [22](P85)): distinguishing help from perpetration is, in the words of the author it cites, a cultural achievement of modern criminal law, and reading help as perpetration would bring down the theory of complicity ([23](P7)). A judgment grounded on such an interpretation therefore, in the paper's view, **applied the law wrongly**.`,
    zh: `判决书没有明言以2010年2月2日最高人民法院、最高人民检察院关于办理利用互联网等制作、复制、出版、贩卖、传播淫秽电子信息刑事案件的司法解释（二）第4条为依据（[19](P124)）——**于志刚**教授称该条为"共犯的正犯化解释"。但**陈兴良**教授认为判决正是以该条为依据（[6](P24)），一审法院副院长**范君**也直言，在《刑法修正案（九）》生效之前，该解释值得特别关注（[20](P30)）。

论文认为（一、（四）），通过解释把本属共犯的行为（教唆或帮助）直接认定为实行行为，严重违反罪刑法定原则（[21](P73)、[22](P85)）：论文所引学者指出，把帮助与实行分开，是近代刑法在文化上的一项收获；把帮助当作实行，会使共犯理论失去根基（[23](P7)）。既然判决以违反罪刑法定的司法解释性规定为依据，论文认为其**适用法律错误**。`,
  },

  'notice-and-takedown': {
    title: {
      en: 'Notice-and-takedown: civil and administrative, generally not criminal',
      zh: '"通知—移除"：民事、行政责任，一般不宜追究刑事责任',
    },
    section: 'II.(二)',
    en: `The paper works through each class of provider (II.(二)):

1. **Access/transmission** (II.(二).1). Scholars generally agree that these providers need not review in advance or monitor in real time what users generate and upload, and generally do not answer for it: the mass and anonymity of online information make prior review technically infeasible, and it would intrude on users' privacy and speech ([28](P101)). The Tort Law and the Cybersecurity Law require deleting, blocking or disconnecting once a provider knows illegal information is passing through, because for these providers that is feasible and balances the interests of providers, infringers, rightholders and the public; so some civil and administrative liability for ignoring notice-and-takedown is reasonable. The paper also reads the **Cybersecurity Law** this way: art. 63 makes its administrative penalty apply "where no crime is constituted", but art. 68 (failing to stop transmitting prohibited information) has no such words — which, the paper infers, shows that the Law, enacted after Amendment IX, does not intend criminal liability here. Conclusion: failing to disconnect after learning of such information **generally** brings civil and administrative liability only, and criminal liability is **generally not appropriate**.
2. **Caching** (II.(二).2). Under art. 13 of the EU E-Commerce Directive a cache is exempt if it does not modify the information and acts expeditiously to remove or block it once it actually knows the source has been removed or blocked, or an authority has ordered removal ([9](P202-203)). Like access, caching carries no monitoring duty, only notice-and-takedown, on pain of possible civil and administrative liability; criminal liability is generally not appropriate.
3. **Storage** (II.(二).3): notice-and-delete ([9](P219)); see *storage*.
4. **Positioning** (II.(二).4). Reviewing every search result or link for lawfulness is impossible both technically and in legal judgment, so a search or link provider that does **not intervene by hand** and honours notice-and-takedown answers for nothing users do. Human intervention — e.g. paid top placement — may bring false advertising, art. 287-2 as principal, or complicity in fraud or counterfeit-drug sales; **embedded (framed) links**, whose third-party origin users cannot see, make the link provider answer for the content's lawfulness — the German Federal Court of Justice treats them as providing content ([30](P128)) — so it may be a principal of false advertising, copyright infringement or dissemination of obscene material.

**Summary.** In principle these providers owe no duty to supervise users' content ([31](P323)). For the sake of balance, if they know the content, can technically stop it, and stopping it is within their capacity, ignoring notice-and-takedown **may** bring civil and administrative liability, but **generally not** criminal liability. Only where serious-crime information touching national or public security risks spreading, citizens' data risks leaking on a large scale, or evidence of a major case risks being lost, and the provider refuses to correct after a regulator's order, **may** art. 286-1 apply.`,
    zh: `论文逐类分析（二、（二））：

1. **接入/传输**（二、（二）.1）。学界普遍认为，这类服务商对用户生成、上传的内容不负事先审查、实时监控义务，一般不对其负责：网上信息海量且匿名，事先审查在技术上不可行，还会干涉网民隐私和言论自由（[28](P101)）。《侵权责任法》《网络安全法》要求服务商在知道违法信息正在传输时采取删除、屏蔽、断开连接等措施，是因为这对其技术上可行，也能在服务商、侵权人、权利人和公众之间平衡利益；因此，不遵守通知—移除规则者承担一定民事、行政责任有其合理性。论文还这样解读**《网络安全法》**：第63条的行政责任以"尚不构成犯罪"为前提，第68条（对禁止发布或传输的信息未停止传输等）却没有这一表述——论文据此推断，制定于修正案（九）之后的该法无意追究此种情形下接入/传输服务商的刑事责任。结论：知道存在违法信息而不断开连接的，**一般**只承担民事、行政责任，**不宜**追究刑事责任。
2. **缓存**（二、（二）.2）。依欧盟《电子商务指令》第13条，缓存服务商未修改信息，并在实际知晓来源信息已被删除、访问已被禁止或主管机关已下令清除时迅速删除或封锁的，即可免责（[9](P202-203)）。缓存与接入一样不负监控义务，只负通知—移除义务，否则可能承担民事、行政责任；一般不宜追究刑事责任。
3. **存储**（二、（二）.3）：通知—删除（[9](P219)）；见"存储"。
4. **定位**（二、（二）.4）。对搜索、链接的每条信息逐一审查合法性，技术上和法律判断上都做不到；因此只要**没有人为干预**并履行通知—移除义务，就不应让其为用户的违法信息负责。一旦人为干预（如收费置顶），则可能承担虚假广告罪、帮助信息网络犯罪活动罪正犯或诈骗罪、销售假药罪共犯的责任；**加框（嵌入式）链接**使用户看不出内容来自第三方，链接服务商应对内容合法性负责——德国联邦最高法院认为嵌入式链接属于内容提供（[30](P128)）——因而可能承担虚假广告罪、侵犯著作权罪、传播淫秽物品罪等罪正犯的责任。

**小结。** 上述服务商对用户内容原则上不负监管义务（[31](P323)）。出于利益平衡，若同时知晓内容、技术上能够阻止且阻止不超出其承受能力，而未遵循通知—移除规则，**可能**承担民事、行政责任，但**一般不宜**承担刑事责任。只有在涉及国家安全、公共安全等严重犯罪信息有传播危险、公民信息有大量泄露危险或重大刑事案件证据有灭失危险时，经监管部门责令改正而拒不改正的，才**可能**构成拒不履行信息网络安全管理义务罪。`,
  },
};
