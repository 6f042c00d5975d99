import { claimsShard } from './claimsSuite';
import { CLAIM_SHARDS } from './shards';

claimsShard(CLAIM_SHARDS[0]);
