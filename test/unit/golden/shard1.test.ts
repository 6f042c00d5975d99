import { goldenShard } from './goldenSuite';

goldenShard(0);
