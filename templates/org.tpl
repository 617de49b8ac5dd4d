{{%AUTOESCAPE context="HTML"}}<h1>{{T_ORG_TITLE}}</h1>
<p class="lead">{{T_ORG_INTRO}}</p>
{{#HAS_YEARS}}<form method="get" action="/org" class="inline" aria-labelledby="org-tree-show">
<label for="org-tree-year">{{T_ORGTREE_YEAR_LABEL}}</label>
<select id="org-tree-year" name="year">
{{#YEAR_OPTION}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{VALUE}}</option>
{{/YEAR_OPTION}}</select>
<button type="submit" id="org-tree-show">{{T_ORGTREE_SHOW}}</button>
</form>
{{/HAS_YEARS}}{{#HAS_NODES}}<ul class="tree">
{{#NODE}}{{#SIBLING}}</li>
{{/SIBLING}}{{#UP}}</ul></li>
{{/UP}}{{#DOWN}}<ul>
{{/DOWN}}<li><a href="/org/{{ID}}">{{NAME}}</a> <span class="kind">{{KIND}}</span>{{/NODE}}
</li>
{{#UP_END}}</ul></li>
{{/UP_END}}</ul>{{/HAS_NODES}}
