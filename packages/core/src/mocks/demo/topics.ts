/**
 * The two demo hot topics (热点关注) with votes and comments. The open one follows
 * Yueyang's 优先发展城市公交 consultation (682 comments across 11 aspects in a week);
 * the closed one shows results. Comments are assembled from short phrases a resident
 * would write, chosen with the seeded PRNG so the same seed gives the same page.
 */
import type { Comment, Poll, Topic } from '../../model/topic.js';
import type { Random } from './random.js';

/** A topic as defined, before anything is counted or compared with a clock. */
export type DemoTopicDefinition = Omit<Topic, 'counts' | 'state'>;

interface AspectTexts {
  id: string;
  label: string;
  /** Relative share of the comments. */
  weight: number;
  lines: readonly string[];
}

const busAspects: AspectTexts[] = [
  {
    id: 'routes',
    label: '线路规划',
    weight: 9,
    lines: [
      '南湖新区到火车站没有直达公交，建议新开一条线路',
      '15 路绕得太远了，能不能把线路拉直一点',
      '新建小区越来越多，公交线网要跟上城市发展',
      '建议开通几条社区微循环公交，解决最后一公里',
      '城陵矶到市区的线路太少，上班很不方便',
      '希望开通到三荷机场的机场大巴或公交',
      '线路调整前能不能先征求沿线居民意见',
    ],
  },
  {
    id: 'stops',
    label: '站点设置',
    weight: 7,
    lines: [
      '巴陵广场站离路口太近，公交进出站很堵',
      '建议在市一医院门口增设一个站点',
      '有的站点间距太长，老人走不动',
      '站点名称要准确，别让外地人坐过站',
      '学校附近的站点建议挪到人行横道旁边',
      '公交站台被社会车辆占用，希望加强管理',
    ],
  },
  {
    id: 'service',
    label: '服务质量',
    weight: 6,
    lines: [
      '大部分司机很有礼貌，给他们点个赞',
      '个别司机开车太猛，急刹车站都站不稳',
      '车厢空调夏天经常不开，希望改进',
      '到站报站声音太小，后面听不清',
      '希望司机等老人坐稳了再起步',
      '车内卫生比以前好多了，继续保持',
    ],
  },
  {
    id: 'frequency',
    label: '收发班次',
    weight: 9,
    lines: [
      '早高峰等车要二十多分钟，建议加密班次',
      '末班车太早了，晚上九点以后就没车了',
      '周末班次减得太多，出门很不方便',
      '建议公布每条线路的首末班时间和发车间隔',
      '下班高峰车太挤，能不能加开区间车',
      '夜班公交可以试点一两条线路',
    ],
  },
  {
    id: 'bus-lanes',
    label: '公交专用道',
    weight: 5,
    lines: [
      '巴陵中路应该施划公交专用道',
      '公交专用道经常被私家车占用，要加强抓拍',
      '专用道的使用时段要写清楚，别让人误闯',
      '有了公交专用道，早上准时多了',
      '建议在东环路和金鹗路也设置公交专用道',
    ],
  },
  {
    id: 'fares',
    label: '票价',
    weight: 4,
    lines: [
      '希望推出月票或者通勤优惠',
      '两小时内换乘免费就好了',
      '现在的票价还算合理，不要再涨',
      '建议支持更多手机支付方式，刷码经常失败',
      '学生卡办理太麻烦，希望能线上办',
    ],
  },
  {
    id: 'punctuality',
    label: '准点率',
    weight: 5,
    lines: [
      '电子站牌显示的到站时间经常不准',
      '希望实时公交 App 能覆盖所有线路',
      '遇到堵车能不能在站牌上提示一下',
      '准点率提高了，上班心里更有底',
    ],
  },
  {
    id: 'accessibility',
    label: '无障碍',
    weight: 4,
    lines: [
      '希望多投放低地板公交，轮椅也能上车',
      '站台要有盲道，别被共享单车挡住',
      '老年人刷卡上车时司机多等一等',
      '建议车内增加爱心座椅标识',
    ],
  },
  {
    id: 'transfers',
    label: '换乘',
    weight: 5,
    lines: [
      '公交和火车站、高铁站的换乘要更方便',
      '换乘站之间要走很远，建议设在同一个站台',
      '希望公交和共享单车做好接驳',
      '建议在枢纽站设置换乘指引图',
    ],
  },
  {
    id: 'shelters',
    label: '候车设施',
    weight: 5,
    lines: [
      '很多站台没有雨棚和坐凳，下雨天很遭罪',
      '建议给候车亭装上电子站牌',
      '夏天候车亭太晒了，能不能加点绿化遮阳',
      '晚上站台太暗，建议加装照明',
    ],
  },
  {
    id: 'civility',
    label: '文明出行',
    weight: 3,
    lines: [
      '上车要排队，倡导文明乘车',
      '车厢里大声外放视频的人太多了',
      '给老弱病残孕让座，从我做起',
      '希望多开展公交文明宣传活动',
    ],
  },
];

const renovationAspects: AspectTexts[] = [
  {
    id: 'elevators',
    label: '加装电梯',
    weight: 5,
    lines: ['老人爬六楼太难了，加装电梯是最急的事', '加装电梯的费用分摊希望有个指导标准', '低楼层住户的意见也要照顾到'],
  },
  {
    id: 'parking',
    label: '停车',
    weight: 4,
    lines: ['小区停车位太少，晚上回来只能停路边', '建议利用边角地建一些停车位', '希望规划电动车集中停放和充电区域'],
  },
  {
    id: 'drainage',
    label: '雨污分流',
    weight: 3,
    lines: ['一下大雨就积水，管网要彻底改造', '化粪池经常堵，希望一起改了', '雨污分流后路面要及时恢复'],
  },
  {
    id: 'greening',
    label: '绿化',
    weight: 2,
    lines: ['希望多种点树，少铺水泥地', '可以建个小游园给老人孩子活动'],
  },
  {
    id: 'elderly-care',
    label: '养老托幼',
    weight: 3,
    lines: ['小区里建个老年活动室就好了', '希望配套建设托育点，双职工家庭太需要了'],
  },
  {
    id: 'property',
    label: '物业管理',
    weight: 3,
    lines: ['改造完了要有人管，建议引入物业', '物业费标准要公开透明', '希望成立业主委员会参与管理'],
  },
];

const openers = ['', '', '', '建议：', '希望', '我觉得', '作为老岳阳人，', '说句实话，', '支持！'];
const topicOpeners: Record<string, string> = { 'topic-bus': '每天坐公交上班，', 'topic-renovation': '住了二十多年老小区，' };
const closers = ['', '', '', '。', '！', '，谢谢！', '，希望早日落实。', '，期待改进。', '，点赞这次征集活动。'];
const nicknames = ['网友', '网友', '网友', '南湖晨跑者', '巴陵老王', '上班族小李', '洞庭渔歌', '岳阳楼下', '金鹗山人', '公交迷', '退休教师刘老师', '快递小哥', '君山茶农', '学生家长', '城陵矶码头人'];

function pollOf(question: string, labels: string[], maxChoices: number): Poll {
  return {
    question,
    options: labels.map((label, index) => ({ id: `o${index + 1}`, label })),
    multiple: maxChoices > 1,
    maxChoices,
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
const dayMs = 86_400_000;

/** The two topics, timed relative to `now`. */
export function demoTopicDefinitions(now: string): DemoTopicDefinition[] {
  const at = Date.parse(now);
  return [
    {
      id: 'topic-bus',
      title: '优先发展城市公交，提升公交服务品质',
      description:
        '为营造文明出行环境、让公交更好用，市政协联合市公交集团开展“扫码建言”活动。请就公交线路规划、站点设置、服务质量、收发班次、公交专用道建设等方面发表您的意见建议，委员将汇总形成视察报告提交市委、市政府。',
      opensAt: iso(at - 5 * dayMs),
      closesAt: iso(at + 9 * dayMs),
      aspects: busAspects.map(({ id, label }) => ({ id, label })),
      poll: pollOf('您最希望优先改进公交的哪些方面？（最多选两项）', ['加密高峰班次', '优化线路与换乘', '建设公交专用道', '改善候车亭与站台', '推广无障碍低地板公交'], 2),
      createdAt: iso(at - 6 * dayMs),
    },
    {
      id: 'topic-renovation',
      title: '老旧小区改造，您最关心什么？',
      description: '今年全市计划改造老旧小区 86 个。改造内容怎么定、先改什么，请居民朋友们说出您的想法，征集结果将作为改造方案的重要参考。',
      opensAt: iso(at - 60 * dayMs),
      closesAt: iso(at - 30 * dayMs),
      aspects: renovationAspects.map(({ id, label }) => ({ id, label })),
      poll: pollOf('您认为老旧小区改造最应该优先做哪一项？', ['加装电梯', '增加停车位', '雨污分流与管网改造', '完善养老托幼设施'], 1),
      workstationId: 'ws-yueyanglou',
      createdAt: iso(at - 61 * dayMs),
    },
  ];
}

export interface DemoVote {
  topicId: string;
  voterToken: string;
  optionIds: string[];
  at: string;
}

export interface DemoComment extends Comment {
  /** Who wrote it, so participants count people once; never sent to clients. */
  voterToken: string;
}

/** A moment between the topic's opening and the earlier of its closing and `now`. */
function momentIn(topic: DemoTopicDefinition, now: string, random: Random): number {
  const from = Date.parse(topic.opensAt);
  const to = Math.min(Date.parse(topic.closesAt), Date.parse(now)) - 1000;
  // Squared, so activity thins out after the first days, as it did in Yueyang.
  return Math.floor(from + (to - from) * random.next() ** 1.6);
}

const voterToken = (topicId: string, n: number) => `demo-voter-${topicId.replace(/^topic-/, '')}-${String(n).padStart(5, '0')}`;

/** `count` votes on `topic` with the given preference per option. */
export function demoVotes(topic: DemoTopicDefinition, now: string, count: number, preference: number[], random: Random): DemoVote[] {
  const options = topic.poll?.options ?? [];
  const votes: DemoVote[] = [];
  for (let n = 1; n <= count; n++) {
    const first = random.weighted(preference);
    const chosen = [first];
    if ((topic.poll?.maxChoices ?? 1) > 1 && random.next() < 0.55) {
      const second = random.weighted(preference.map((weight, index) => (index === first ? 0 : weight)));
      chosen.push(second);
    }
    votes.push({
      topicId: topic.id,
      voterToken: voterToken(topic.id, n),
      optionIds: chosen.map((index) => options[index]?.id ?? 'o1'),
      at: new Date(momentIn(topic, now, random)).toISOString(),
    });
  }
  return votes.sort((a, b) => a.at.localeCompare(b.at));
}

/** `count` comments on `topic`; about half of the authors also voted (`voters` of them did). */
export function demoComments(topic: DemoTopicDefinition, now: string, count: number, voters: number, random: Random): DemoComment[] {
  const aspects = topic.id === 'topic-bus' ? busAspects : renovationAspects;
  const weights = aspects.map((aspect) => aspect.weight);
  const comments: DemoComment[] = [];
  for (let n = 1; n <= count; n++) {
    const aspect = aspects[random.weighted(weights)] as AspectTexts;
    const line = random.pick(aspect.lines);
    const picked = random.pick([...openers, topicOpeners[topic.id] ?? '']);
    // "希望希望…" or "建议：建议…" reads like a machine wrote it.
    const opener = (picked === '希望' && line.includes('希望')) || (picked === '建议：' && line.startsWith('建议')) ? '' : picked;
    const closer = random.pick(closers);
    const body = /[。！？]$/.test(line) ? `${opener}${line}` : `${opener}${line}${closer || '。'}`;
    comments.push({
      id: `c-${topic.id.replace(/^topic-/, '')}-${String(n).padStart(4, '0')}`,
      topicId: topic.id,
      // A few comments are not tagged with any aspect, as on the real platform.
      ...(random.next() < 0.92 && { aspectId: aspect.id }),
      body,
      authorName: random.pick(nicknames),
      createdAt: new Date(momentIn(topic, now, random)).toISOString(),
      voterToken: random.next() < 0.5 && voters > 0 ? voterToken(topic.id, random.int(1, voters)) : voterToken(topic.id, voters + n),
    });
  }
  return comments.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}
