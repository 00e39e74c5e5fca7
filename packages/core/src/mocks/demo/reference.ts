/**
 * The reference lists of the demo city (岳阳, with one workstation from 益阳 as in the
 * seeds): categories with their handling days, departments, workstations, members, and
 * the staff tokens of the demo. Fictional people; real place names, so addresses and
 * district masking look the way they will on a portal.
 */
import type { Actor } from '../../model/actor.js';
import type { Category } from '../../model/category.js';
import type { Department } from '../../model/department.js';
import type { Member } from '../../model/member.js';
import type { Workstation } from '../../model/workstation.js';

export const demoCategories: Category[] = [
  { id: 'urban', name: '城市管理', handlingDays: 15, description: '市容环境、市政设施、井盖路灯、占道经营' },
  { id: 'transport', name: '交通出行', handlingDays: 20, description: '公交地铁、道路交通、停车、慢行系统' },
  { id: 'environment', name: '生态环境', handlingDays: 20, description: '大气水土污染、噪声、古树名木、绿化' },
  { id: 'education', name: '教育', handlingDays: 30, description: '学校、学位、校园周边、农家书屋' },
  { id: 'health', name: '医疗卫生', handlingDays: 20, description: '医院、社区卫生、疫苗接种、医保服务' },
  { id: 'agriculture', name: '农业农村', handlingDays: 30, description: '农业补贴、合作社、乡村道路与人居环境' },
  { id: 'social-security', name: '社会保障', handlingDays: 20, description: '就业、工资支付、养老服务、社会救助' },
  { id: 'housing', name: '住房建设', handlingDays: 30, description: '老旧小区改造、物业、充电桩、排水管网' },
  { id: 'other', name: '综合其他', handlingDays: 15, description: '通信、水电气、其他公共事务' },
];

export const demoDepartments: Department[] = [
  { id: 'urban', name: '市城管局', categoryIds: ['urban'] },
  { id: 'transport', name: '市交通运输局', categoryIds: ['transport'] },
  { id: 'environment', name: '市生态环境局', categoryIds: ['environment'] },
  { id: 'education', name: '市教育局', categoryIds: ['education'] },
  { id: 'health', name: '市卫健委', categoryIds: ['health'] },
  { id: 'agriculture', name: '市农业农村局', categoryIds: ['agriculture'] },
  { id: 'housing', name: '市住建局', categoryIds: ['housing', 'urban'] },
  { id: 'hrss', name: '市人社局', categoryIds: ['social-security'] },
  { id: 'traffic-police', name: '市公安局交警支队', categoryIds: ['transport'] },
  { id: 'planning', name: '市自然资源和规划局', categoryIds: ['environment', 'housing'] },
  { id: 'water', name: '市水务局', categoryIds: ['urban', 'environment'] },
  { id: 'civil-affairs', name: '市民政局', categoryIds: ['social-security'] },
];

export const demoWorkstations: Workstation[] = [
  {
    id: 'ws-yueyanglou',
    name: '岳阳楼区政协委员工作室',
    region: '湖南省岳阳市岳阳楼区',
    address: '湖南省岳阳市岳阳楼区洞庭南路 57 号 社区服务中心二楼',
    qrUrl: '/?workstation=ws-yueyanglou#suggest',
    members: ['李晓红', '王志刚'],
  },
  {
    id: 'ws-nanhu',
    name: '南湖新区“民意直通”委员工作室',
    region: '湖南省岳阳市南湖新区',
    address: '湖南省岳阳市南湖新区湖滨街道康王社区党群服务中心',
    qrUrl: '/?workstation=ws-nanhu#suggest',
    members: ['王志刚', '刘芳'],
  },
  {
    id: 'ws-xiliuwan',
    name: '赫山区西流湾社区政协委员工作室',
    region: '湖南省益阳市赫山区',
    address: '湖南省益阳市赫山区西流湾社区居委会二楼',
    qrUrl: '/?workstation=ws-xiliuwan#suggest',
    members: ['陈国平', '刘芳'],
  },
];

export const demoMembers: Member[] = [
  { id: 'm-li', name: '李晓红', region: '岳阳楼区', expertise: ['urban', 'transport'] },
  { id: 'm-wang', name: '王志刚', region: '南湖新区', expertise: ['environment', 'housing'] },
  { id: 'm-liu', name: '刘芳', region: '君山区', expertise: ['education', 'health', 'social-security'] },
  { id: 'm-chen', name: '陈国平', region: '平江县', expertise: ['agriculture', 'other'] },
];

const departmentName = (id: string) => demoDepartments.find((department) => department.id === id)?.name ?? id;
const memberName = (id: string) => demoMembers.find((member) => member.id === id)?.name ?? id;

/** The actors of the demo, as their tokens stand for them and as they appear on timelines. */
export const demoActors = {
  citizen: { role: 'public', displayName: '市民' },
  submitter: { role: 'submitter', displayName: '市民' },
  dispatcher: { role: 'dispatcher', displayName: '市民意征集办 张科长' },
  supervisor: { role: 'supervisor', displayName: '市政府督查室' },
  admin: { role: 'admin', displayName: '平台管理员' },
  integrator: { role: 'integrator', displayName: '12345 政务服务便民热线' },
  system: { role: 'system', displayName: '系统' },
  member: (memberId: string): Actor => ({ role: 'member', displayName: memberName(memberId), memberId }),
  department: (departmentId: string): Actor => ({ role: 'department', displayName: departmentName(departmentId), departmentId }),
} as const satisfies Record<string, Actor | ((id: string) => Actor)>;

/**
 * Bearer tokens of the demo staff. Public on purpose: they open only the in-memory mock
 * and a reference server started with demo data, never a real deployment.
 */
export const demoTokens = {
  dispatcher: 'demo-dispatcher',
  supervisor: 'demo-supervisor',
  admin: 'demo-admin',
  integrator: 'demo-integrator',
  member: Object.fromEntries(demoMembers.map((member) => [member.id, `demo-member-${member.id.replace(/^m-/, '')}`])) as Record<string, string>,
  department: Object.fromEntries(demoDepartments.map((department) => [department.id, `demo-dept-${department.id}`])) as Record<string, string>,
} as const;

/** Every demo token with the actor it stands for. */
export function demoTokenActors(): Map<string, Actor> {
  const tokens = new Map<string, Actor>([
    [demoTokens.dispatcher, demoActors.dispatcher],
    [demoTokens.supervisor, demoActors.supervisor],
    [demoTokens.admin, demoActors.admin],
    [demoTokens.integrator, demoActors.integrator],
  ]);
  for (const [memberId, token] of Object.entries(demoTokens.member)) tokens.set(token, demoActors.member(memberId));
  for (const [departmentId, token] of Object.entries(demoTokens.department)) tokens.set(token, demoActors.department(departmentId));
  return tokens;
}
