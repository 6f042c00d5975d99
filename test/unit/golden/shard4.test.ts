import { goldenShard } from './goldenSuite';

goldenShard(3);
