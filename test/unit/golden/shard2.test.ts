import { goldenShard } from './goldenSuite';

goldenShard(1);
