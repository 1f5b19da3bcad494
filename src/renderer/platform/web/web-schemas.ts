/** The schemas the web build checks settings and layout records with; loaded on first use (./index). */
export { settingsSchema } from '../../../shared/settings-schema';
export { workbenchLayoutSchema } from '../../../shared/workbench-layout-schema';
