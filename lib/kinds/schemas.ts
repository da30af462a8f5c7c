import { AnniversaryFact } from './anniversary/schema';
import { AudienceFact } from './audience/schema';
import { DocumentFact } from './document/schema';
import { FoundingFact } from './founding/schema';
import { InitiativeFact } from './initiative/schema';
import { IntervalFact } from './interval/schema';
import { MeetingFact } from './meeting/schema';
import { MembershipFact } from './membership/schema';
import { OfficeFact } from './office/schema';
import { QuantityFact } from './quantity/schema';
import { RecordFact } from './record/schema';
import { RuleFact } from './rule/schema';
import { StatusFact } from './status/schema';
import { MissionFact } from './mission/schema';
import { StatementFact } from './statement/schema';
import { SummitFact } from './summit/schema';
import { TitleFact } from './title/schema';

/**
 * The schema of every fact kind, in the order content:check lists them. A new kind adds its
 * schema here and its module to ./index (tsc fails until both know it).
 */
export const FACT_SCHEMAS = [
  MeetingFact,
  FoundingFact,
  MembershipFact,
  AudienceFact,
  InitiativeFact,
  SummitFact,
  StatementFact,
  IntervalFact,
  OfficeFact,
  DocumentFact,
  QuantityFact,
  StatusFact,
  MissionFact,
  TitleFact,
  RecordFact,
  RuleFact,
  AnniversaryFact,
] as const;
