import { goldenShard } from './goldenSuite';

goldenShard(2);
