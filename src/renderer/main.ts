import { mount } from 'svelte';
import { appApi } from '$platform';
import knowledgeBase from 'virtual:knowledge-base';
import { SearchEngine } from '../core/search/search-engine';
import App from './App.svelte';
import './styles/themes.css';
import './styles/base.css';

mount(App, { target: document.getElementById('app')!, props: { appApi, knowledgeBase, searchEngine: SearchEngine.fromKnowledgeBase(knowledgeBase) } });
