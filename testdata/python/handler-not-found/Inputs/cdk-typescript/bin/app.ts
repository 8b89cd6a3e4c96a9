import { App } from 'aws-cdk-lib';
import { Demo } from '../lib/stack';
new Demo(new App(), 'Demo');
