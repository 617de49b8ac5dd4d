{{%AUTOESCAPE context="HTML"}}<p class="crumbs"><a href="/begroting/{{YEAR}}/programmes">{{T_ST_PROGRAMMES_TITLE}} {{YEAR}}</a></p>
<h1>{{T_PROGRAMME}} {{NUMBER}}. {{NAME}}</h1>
{{#LOCKED}}<div class="notice" role="note"><p>{{T_ST_ERR_LOCKED}}</p></div>
{{/LOCKED}}{{#NOTICE}}<div class="notice" role="status"><p>{{T_ST_SAVED}}</p></div>
{{/NOTICE}}{{#PROBLEM}}<div class="problem" role="alert" id="problem"><h2>{{T_ST_PROBLEM}}</h2><p>{{MESSAGE}}</p>
{{#HAS_LINKS}}<ul>{{#ERRLINK}}<li><a href="{{HREF}}">{{LABEL}}: {{MSG}}</a></li>{{/ERRLINK}}</ul>{{/HAS_LINKS}}</div>
{{/PROBLEM}}{{#EDIT_FORM}}<section aria-labelledby="h-p">
<h2 id="h-p">{{T_ST_PROGRAMME_DATA}}</h2>
{{>FORM}}
</section>{{/EDIT_FORM}}
{{#CAN_DELETE}}<form method="post" action="/begroting/{{YEAR}}/programmes/{{ID}}/delete" class="inline">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit">{{T_ST_DELETE_PROGRAMME}}</button></p>
</form>{{/CAN_DELETE}}
<section aria-labelledby="h-effects">
<h2 id="h-effects">{{T_ST_EFFECTS}}</h2>
{{#EFFECT}}<section class="effect" aria-labelledby="h-e{{EID}}">
<h3 id="h-e{{EID}}">{{T_EFFECT}} {{ENUMBER}}: {{ENAME}}</h3>
{{#INDS}}<p>{{T_INDICATORS}}:</p><ul>{{#IND}}<li><a href="{{HREF}}">{{CODE}} {{NAME}}</a></li>{{/IND}}</ul>{{/INDS}}
{{#EFFECT_FORM}}{{>FORM}}{{/EFFECT_FORM}}
{{#EFFECT_DELETE}}<form method="post" action="/begroting/{{YEAR}}/effects/{{EID}}/delete" class="inline">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit">{{T_ST_DELETE}}: {{T_EFFECT}} {{ENUMBER}}</button></p>
</form>{{/EFFECT_DELETE}}
</section>
{{/EFFECT}}</section>
<section aria-labelledby="h-perfs">
<h2 id="h-perfs">{{T_ST_PERFORMANCES}}</h2>
{{#PERF}}<section class="performance" aria-labelledby="h-f{{FID}}">
<h3 id="h-f{{FID}}">{{T_PERFORMANCE}} {{ENUMBER}}.{{FNUMBER}}: {{FNAME}}</h3>
<p class="meta">{{T_OWNER}}: {{OWNER}}</p>
{{#INDS}}<p>{{T_INDICATORS}}:</p><ul>{{#IND}}<li><a href="{{HREF}}">{{CODE}} {{NAME}}</a></li>{{/IND}}</ul>{{/INDS}}
{{#PERF_FORM}}{{>FORM}}{{/PERF_FORM}}
{{#PERF_DELETE}}<form method="post" action="/begroting/{{YEAR}}/performances/{{FID}}/delete" class="inline">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit">{{T_ST_DELETE}}: {{T_PERFORMANCE}} {{ENUMBER}}.{{FNUMBER}}</button></p>
</form>{{/PERF_DELETE}}
</section>
{{/PERF}}</section>
{{#EDITABLE}}<form method="post" action="/begroting/{{YEAR}}/programmes/{{ID}}/renumber" class="inline">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit">{{T_ST_RENUMBER_EFFECTS}}</button></p>
</form>
<section aria-labelledby="h-ne">
<h2 id="h-ne">{{T_ST_NEW_EFFECT}}</h2>
{{#NEW_EFFECT}}{{>FORM}}{{/NEW_EFFECT}}
</section>
{{#HAS_EFFECTS}}<section aria-labelledby="h-nf">
<h2 id="h-nf">{{T_ST_NEW_PERFORMANCE}}</h2>
{{#NEW_PERF}}{{>FORM}}{{/NEW_PERF}}
</section>
<section aria-labelledby="h-ni">
<h2 id="h-ni">{{T_ST_NEW_INDICATOR}}</h2>
{{#NEW_IND}}{{>FORM}}{{/NEW_IND}}
</section>{{/HAS_EFFECTS}}{{/EDITABLE}}
