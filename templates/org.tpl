{{%AUTOESCAPE context="HTML"}}<h1>{{T_ORG_TITLE}}</h1>
<p class="lead">{{T_ORG_INTRO}}</p>
{{#HAS_NODES}}<ul class="tree">
{{#NODE}}{{#SIBLING}}</li>
{{/SIBLING}}{{#UP}}</ul></li>
{{/UP}}{{#DOWN}}<ul>
{{/DOWN}}<li><a href="/org/{{ID}}">{{NAME}}</a> <span class="kind">{{KIND}}</span>{{/NODE}}
</li>
{{#UP_END}}</ul></li>
{{/UP_END}}</ul>{{/HAS_NODES}}
