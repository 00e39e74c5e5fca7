/**
 * The demo suggestions as scripts: who submitted what, and who did what to it when. The
 * builder plays each script through core's `submit` and `apply`, so every timeline is a
 * history the lifecycle itself accepts, not a hand-written copy of one.
 */
import type { ActionInput } from '../../model/action.js';
import type { Actor } from '../../model/actor.js';
import type { Attachment } from '../../model/attachment.js';
import type { SuggestionInput } from '../../model/suggestion.js';
import { demoActors } from './reference.js';

/** Who takes a step; `system-job` asks core's `systemActions` what the scheduled job would do then. */
export type DemoStepActor = 'dispatcher' | 'supervisor' | 'submitter' | 'system-job' | { department: string } | { member: string };

export interface DemoStep {
  /** Days before the demo's `now`; steps of one script go forward in time. */
  daysAgo: number;
  by: DemoStepActor;
  /** Absent for `system-job`. */
  action?: ActionInput;
}

export interface DemoScript {
  daysAgo: number;
  by: Actor;
  input: SuggestionInput;
  steps: DemoStep[];
}

// A 1×1 PNG, so a reply with a photo renders without any server behind the URL.
const pixel = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
export const demoPhoto: Attachment = {
  id: 'att-demo-bus-shelter',
  url: `data:image/png;base64,${pixel}`,
  mime: 'image/png',
  size: (pixel.length * 3) / 4 - (pixel.endsWith('==') ? 2 : pixel.endsWith('=') ? 1 : 0),
  width: 1,
  height: 1,
  name: '新建候车亭.png',
};

const accept = (daysAgo: number, note = '您的建议已受理，我们将尽快交相关单位办理。'): DemoStep => ({
  daysAgo,
  by: 'dispatcher',
  action: { type: 'accept', note },
});
const assign = (daysAgo: number, departmentId: string, coDepartmentIds: string[] = [], internalNote?: string): DemoStep => ({
  daysAgo,
  by: 'dispatcher',
  action: { type: 'assign', departmentId, coDepartmentIds, ...(internalNote && { internalNote }) },
});
const start = (daysAgo: number, departmentId: string, note?: string): DemoStep => ({
  daysAgo,
  by: { department: departmentId },
  action: { type: 'start', ...(note && { note }) },
});
const reply = (daysAgo: number, departmentId: string, body: string, attachments: Attachment[] = []): DemoStep => ({
  daysAgo,
  by: { department: departmentId },
  action: { type: 'reply', body, attachments },
});
const rate = (daysAgo: number, satisfaction: 'satisfied' | 'basically-satisfied' | 'unsatisfied', solved: boolean, comment?: string): DemoStep => ({
  daysAgo,
  by: 'submitter',
  action: { type: 'rate', rating: { satisfaction, solved, ...(comment && { comment }) } },
});

export const demoScripts: DemoScript[] = [
  // JYDEMO000001 — the whole loop, closed with a satisfied rating.
  {
    daysAgo: 26,
    by: demoActors.citizen,
    input: {
      channel: 'web',
      categoryId: 'urban',
      title: '东湖路人行道井盖缺失，夜间行人易踩空',
      body: '东湖路与金鹗路交叉口东侧人行道的井盖缺失一周了，只用两个锥桶围着，晚上灯光暗，老人和小孩很容易踩空。请尽快补装井盖。我的电话 13812345678，可以随时联系我指认位置。',
      location: { address: '湖南省岳阳市岳阳楼区东湖路 18 号旁人行道', lat: 29.3578, lng: 113.1291 },
      contact: { name: '王小明', phone: '138 1234 5678' },
      consent: true,
    },
    steps: [
      accept(25.8),
      assign(25.6, 'urban', [], '井盖权属待查，先由城管局牵头'),
      start(25, 'urban', '已派巡查员到现场核实。'),
      reply(23, 'urban', '经核实，该井盖属于雨水检查井，已于当日补装新井盖并加装防坠网，同时对东湖路沿线 42 个井盖进行了排查。感谢您的监督！'),
      rate(22, 'satisfied', true, '第二天就补好了，点赞！'),
    ],
  },
  // JYDEMO000002 — replied, waiting for the citizen's rating; anonymous.
  {
    daysAgo: 9,
    by: demoActors.citizen,
    input: {
      channel: 'mobile',
      categoryId: 'urban',
      title: '金鹗山公园北门一排路灯“失明”',
      body: '金鹗山公园北门到金鹗路口这一段，大约八九盏路灯已经连续半个月不亮了，晚上散步的人很多，黑灯瞎火的不安全。',
      location: { address: '湖南省岳阳市岳阳楼区金鹗中路金鹗山公园北门', public: true, lat: 29.3521, lng: 113.1368 },
      anonymous: true,
    },
    steps: [
      accept(8.8),
      assign(8.7, 'urban'),
      start(8, 'urban'),
      reply(2, 'urban', '经排查，该路段路灯电缆被施工挖断。我局已重新敷设电缆 320 米，9 盏路灯已于本周二全部恢复照明。'),
    ],
  },
  // JYDEMO000003 — a member's micro-suggestion answered by the dispatcher, closed by the system unrated.
  {
    daysAgo: 48,
    by: demoActors.member('m-chen'),
    input: {
      kind: 'micro-suggestion',
      channel: 'member',
      categoryId: 'other',
      title: '平江县幕阜山区几个村手机信号差，急需补盲',
      body: '在平江县加义镇、南江镇调研时发现，幕阜山深处的几个自然村手机信号时有时无，村民打电话要爬到山坡上，遇到急病、山洪都联系不上。建议协调通信运营商加快山区基站补盲建设。',
      location: { address: '湖南省岳阳市平江县加义镇' },
      contact: { name: '陈国平' },
      consent: true,
    },
    steps: [
      accept(47),
      {
        daysAgo: 40,
        by: 'dispatcher',
        action: {
          type: 'answer',
          kind: 'consulted-answer',
          body: '经与市通信发展管理办公室及三家通信运营商会商：加义镇、南江镇共 6 个自然村已列入今年农村基站补盲计划，预计三季度前建成 5 座基站，届时可实现 4G 信号全覆盖。',
          note: '已会商通信管理部门及运营商',
        },
      },
      { daysAgo: 24, by: 'system-job' },
    ],
  },
  // JYDEMO000004 — adopted into policy and featured as a golden idea (金点子).
  {
    daysAgo: 80,
    by: demoActors.citizen,
    input: {
      kind: 'people-suggestion',
      channel: 'wechat-mini',
      categoryId: 'transport',
      title: '建议在地铁站、高铁站出入口设置即停即走临时停车位',
      body: '接送家人时，车站出入口没有可以临时停靠的地方，只能违停被拍或绕很远。建议在站口设置港湾式“即停即走”临时停车位，限时 3 分钟，既方便群众又不影响交通。',
      contact: { name: '李娟', phone: '13912345678' },
      consent: true,
    },
    steps: [
      accept(79),
      assign(78, 'traffic-police', ['transport']),
      start(77, 'traffic-police'),
      reply(60, 'traffic-police', '采纳您的建议：岳阳东站、火车站两处出入口已施划港湾式即停即走停靠点共 24 个，限时 3 分钟，并设置了引导标志。后续新建站点将同步设置。'),
      rate(58, 'satisfied', true),
      { daysAgo: 50, by: 'dispatcher', action: { type: 'adopt', note: '已纳入全市交通站点设计导则' } },
      { daysAgo: 49.9, by: 'dispatcher', action: { type: 'feature', note: '入选本季度“金点子”' } },
    ],
  },
  // JYDEMO000005 — under supervision while the department works on it.
  {
    daysAgo: 20,
    by: demoActors.member('m-wang'),
    input: {
      kind: 'micro-suggestion',
      channel: 'member',
      categoryId: 'environment',
      title: '农村尤其是山区古树名木保护亟待加强',
      body: '在乡镇调研时看到一棵树龄超过千年的古樟树上钉着钉子、挂着电闸箱，树下堆满杂物。建议开展古树名木普查挂牌，推行“树长制”，对濒危衰弱古树开展救护复壮。',
      location: { address: '湖南省岳阳市岳阳县筻口镇' },
      contact: { name: '王志刚' },
      consent: true,
    },
    steps: [
      accept(19),
      assign(18, 'planning', ['agriculture']),
      start(16, 'planning', '已组织林业专家现场勘察。'),
      { daysAgo: 12, by: 'supervisor', action: { type: 'supervise', note: '列入本月重点督办事项' } },
    ],
  },
  // JYDEMO000006 — assigned, not started yet; came in through the bus topic's QR code.
  {
    daysAgo: 4,
    by: demoActors.citizen,
    input: {
      channel: 'qr-code',
      categoryId: 'transport',
      title: '建议增开南湖新区至火车站的公交线路',
      body: '南湖新区新建小区越来越多，但到火车站要换乘两次，早高峰等车超过半小时。建议增开一条南湖新区直达火车站的公交线路，或者延长 15 路。',
      contact: { name: '周先生' },
      consent: true,
      topicId: 'topic-bus',
    },
    steps: [accept(3.5), assign(3, 'transport')],
  },
  // JYDEMO000007 — overdue: urged by the system and by the supervisor, under supervision.
  {
    daysAgo: 40,
    by: demoActors.integrator,
    input: {
      channel: 'hotline-12345',
      categoryId: 'urban',
      title: '象鼻咀巷污水倒灌，居民家中积水成患',
      body: '来电人反映：南湖新区象鼻咀巷一带每逢下雨污水倒灌，巷道积水没过脚踝，负一楼住户家中成了污水潭，出行只能踩临时搭的木板。希望尽快疏通并改造下水管网。来电人电话 13712345678。',
      location: { address: '湖南省岳阳市南湖新区象鼻咀巷' },
      contact: { name: '聂女士', phone: '13712345678' },
      consent: true,
    },
    steps: [
      accept(39),
      assign(38.5, 'water', ['urban', 'housing']),
      start(37, 'water', '已调用两台抽水泵现场排水。'),
      { daysAgo: 23, by: 'system-job' },
      { daysAgo: 20, by: 'system-job' },
      { daysAgo: 19, by: 'supervisor', action: { type: 'supervise', internalNote: '群众多次来电，列为挂牌督办' } },
      { daysAgo: 10, by: 'supervisor', action: { type: 'urge', note: '请于 5 个工作日内报送管网改造方案。' } },
      { daysAgo: 5, by: 'system-job' },
    ],
  },
  // JYDEMO000008 — accepted and claimed (领办) by a member, waiting for assignment.
  {
    daysAgo: 6,
    by: demoActors.citizen,
    input: {
      channel: 'workstation',
      categoryId: 'housing',
      title: '老旧小区电动自行车充电难，建议集中建设充电桩',
      body: '我们小区是上世纪九十年代的老小区，三百多户只有楼道里私拉的电线给电动车充电，很危险。建议在小区空地集中建设智能充电桩，由社区统一管理。',
      location: { address: '湖南省岳阳市岳阳楼区洞庭南路 57 号院' },
      contact: { name: '刘建华', phone: '13612345678' },
      consent: true,
      workstationId: 'ws-yueyanglou',
    },
    steps: [accept(5), { daysAgo: 4, by: { member: 'm-li' }, action: { type: 'claim', note: '李晓红委员领办，将组织住建、城管和社区现场协商。' } }],
  },
  // JYDEMO000009 — just submitted, waiting for triage.
  {
    daysAgo: 0.5,
    by: demoActors.citizen,
    input: {
      channel: 'web',
      categoryId: 'transport',
      title: '求索路小学门口上下学时段交通拥堵',
      body: '每天早上七点半和下午四点半，求索路小学门口接送车辆占满两条车道，公交车也堵在里面。建议设置错峰放学、临时停车区，并安排交警和志愿者疏导。',
      location: { address: '湖南省岳阳市岳阳楼区求索路' },
      contact: { name: '赵敏', phone: '158-1234-5678' },
      consent: true,
    },
    steps: [],
  },
  // JYDEMO000010 — rejected: a personal request, not a suggestion on public affairs.
  {
    daysAgo: 15,
    by: demoActors.citizen,
    input: {
      channel: 'mobile',
      categoryId: 'health',
      title: '帮忙查询一下我的医保报销进度',
      body: '上个月在市一医院住院，医保报销到现在还没到账，请帮忙查一下进度。身份证号 430602198801011234。',
      contact: { name: '孙立', phone: '13512345678' },
      consent: true,
    },
    steps: [
      {
        daysAgo: 14,
        by: 'dispatcher',
        action: {
          type: 'reject',
          reason: '本平台征集对公共事务的意见建议。个人医保报销进度请拨打 12345 热线或到市医保服务大厅查询。',
        },
      },
    ],
  },
  // JYDEMO000011 — a duplicate of JYDEMO000002, merged into it (减少重复交办).
  {
    daysAgo: 8.5,
    by: demoActors.citizen,
    input: {
      channel: 'wechat-mini',
      categoryId: 'urban',
      title: '金鹗路公园附近路灯不亮',
      body: '金鹗山公园北门附近的路灯坏了好久，晚上很黑，希望有关部门修一下。',
      anonymous: true,
    },
    steps: [{ daysAgo: 8.4, by: 'dispatcher', action: { type: 'merge', into: 'JYDEMO000002', note: '与已受理的同一问题合并办理，请关注 JYDEMO000002。' } }],
  },
  // JYDEMO000012 — rated unsatisfied and unsolved, now under review.
  {
    daysAgo: 35,
    by: demoActors.citizen,
    input: {
      channel: 'leader-mailbox',
      categoryId: 'social-security',
      title: '建议在老旧社区增设老年助餐点',
      body: '我们社区六十岁以上老人占了三成，很多是独居老人，吃饭是大问题。建议在社区服务中心开设老年助餐点，提供价格实惠的午餐，行动不便的可以送餐上门。',
      location: { address: '湖南省岳阳市岳阳楼区五里牌街道' },
      contact: { name: '陈阿姨', phone: '13312345678' },
      consent: true,
    },
    steps: [
      accept(34),
      assign(33, 'civil-affairs'),
      start(31, 'civil-affairs'),
      reply(14, 'civil-affairs', '感谢您的建议。全市社区助餐点建设正在分批推进，五里牌街道已列入明年建设计划，届时将统筹考虑您所在社区。'),
      rate(12, 'unsatisfied', false, '只说明年，今年老人吃饭怎么办？希望先想办法过渡。'),
    ],
  },
  // JYDEMO000013 — closed, basically satisfied.
  {
    daysAgo: 70,
    by: demoActors.member('m-liu'),
    input: {
      kind: 'micro-suggestion',
      channel: 'member',
      categoryId: 'education',
      title: '关于加强农村书屋建设和管理的几点建议',
      body: '走访乡村发现，不少农家书屋常年锁门，图书陈旧，借阅登记流于形式。建议：一是按需更新图书，增加农技和少儿读物；二是与村小、老年协会合办，延长开放时间；三是推广线上借阅。',
      contact: { name: '刘芳' },
      consent: true,
    },
    steps: [
      accept(69),
      assign(68, 'education', ['agriculture']),
      start(66, 'education'),
      reply(45, 'education', '已会同农业农村部门对全市农家书屋开展排查，年内完成 120 个书屋图书更新，并试点与村小联合开放、周末延时开放。'),
      rate(44, 'basically-satisfied', true),
    ],
  },
  // JYDEMO000014 — closed, the reply carries a photo.
  {
    daysAgo: 55,
    by: demoActors.citizen,
    input: {
      channel: 'web',
      categoryId: 'transport',
      title: '巴陵中路公交站台没有雨棚和坐凳',
      body: '巴陵中路步行街站每天等车的人很多，站台既没有雨棚也没有坐凳，下雨天老人只能站在雨里等车。建议加装雨棚和坐凳。',
      location: { address: '湖南省岳阳市岳阳楼区巴陵中路步行街公交站', public: true },
      contact: { name: '黄先生', phone: '18812345678' },
      consent: true,
    },
    steps: [
      accept(54),
      assign(53, 'transport'),
      start(52, 'transport'),
      reply(38, 'transport', '该站台已完成改造，新建带雨棚的候车亭一座，设坐凳 6 个，并增设了电子站牌。', [demoPhoto]),
      rate(37, 'satisfied', true, '新候车亭很漂亮，谢谢！'),
    ],
  },
  // JYDEMO000015 — returned as "not ours", reassigned, in progress.
  {
    daysAgo: 18,
    by: demoActors.citizen,
    input: {
      channel: 'workstation',
      categoryId: 'agriculture',
      title: '农机合作社农业保障资金迟迟未拨付',
      body: '我们是石潭镇的农机合作社，去年申报的农机作业补贴和农业保障资金到现在还没拨付，影响今年春耕购置农机。请相关部门帮忙协调。',
      location: { address: '湖南省湘潭市湘潭县石潭镇同庆村' },
      contact: { name: '罗建军', phone: '13012345678' },
      consent: true,
      workstationId: 'ws-nanhu',
    },
    steps: [
      accept(17),
      assign(16.5, 'hrss'),
      { daysAgo: 15, by: { department: 'hrss' }, action: { type: 'return', reason: '农业保障资金由农业农村部门负责拨付，不属于我局职责。' } },
      assign(14.5, 'agriculture'),
      start(13, 'agriculture', '已调取合作社申报材料。'),
    ],
  },
  // JYDEMO000016 — replied through a field survey (走基层).
  {
    daysAgo: 22,
    by: demoActors.citizen,
    input: {
      channel: 'field-survey',
      categoryId: 'social-security',
      title: '建议建立农民工工资拖欠快速处理通道',
      body: '在工地长期打零工，以前遇到过工资拖欠，不知道找谁。建议在工地公示维权电话和法律援助渠道，建立欠薪快速处理通道。',
      anonymous: true,
    },
    steps: [
      accept(21),
      assign(20, 'hrss'),
      start(19, 'hrss'),
      reply(3, 'hrss', '我局已在全市在建工地推行维权信息公示牌，设立欠薪投诉“绿色通道”，并与法律援助中心联动，欠薪案件受理后 5 个工作日内处理。'),
    ],
  },
  // JYDEMO000017 — accepted, waiting for assignment.
  {
    daysAgo: 2,
    by: demoActors.citizen,
    input: {
      channel: 'leader-mailbox',
      categoryId: 'housing',
      title: '建议在步行街周边增设新能源汽车充电桩',
      body: '步行街周边停车场没有充电桩，开新能源车来逛街的市民只能绕到几公里外充电。建议在周边公共停车场增设一批快充桩。',
      contact: { name: '吴女士', phone: '13812340000' },
      consent: true,
    },
    steps: [accept(1.5)],
  },
  // JYDEMO000018 — a workstation case closed within weeks.
  {
    daysAgo: 45,
    by: demoActors.citizen,
    input: {
      channel: 'workstation',
      categoryId: 'urban',
      title: '金富巷路面坑洼泥泞七八年无人管',
      body: '金富巷只有 200 米长，却是周边一万多居民进出的必经之路，路面坑洼，一下雨全是泥水，七八年没人修。希望纳入道路提质改造。',
      location: { address: '湖南省益阳市赫山区赫山街道罗溪社区金富巷' },
      contact: { name: '鲍女士' },
      consent: true,
      workstationId: 'ws-xiliuwan',
    },
    steps: [
      accept(44),
      assign(43, 'urban', ['housing']),
      start(42, 'urban'),
      reply(20, 'urban', '金富巷已完成沥青铺装和排水沟改造，路面平整，雨天不再积水。感谢委员工作室和居民的大力支持。'),
      rate(18, 'satisfied', true, '焕然一新！'),
    ],
  },
];
