{{%AUTOESCAPE context="HTML"}}<h1>{{T_ST_PROGRAMMES_TITLE}} {{YEAR}}</h1>
{{#LOCKED}}<div class="notice" role="note"><p>{{T_ST_ERR_LOCKED}}</p></div>
{{/LOCKED}}{{#NOTICE}}<div class="notice" role="status"><p>{{T_ST_SAVED}}</p></div>
{{/NOTICE}}{{#PROBLEM}}<div class="problem" role="alert" id="problem"><h2>{{T_ST_PROBLEM}}</h2><p>{{MESSAGE}}</p>
{{#HAS_LINKS}}<ul>{{#ERRLINK}}<li><a href="{{HREF}}">{{LABEL}}: {{MSG}}</a></li>{{/ERRLINK}}</ul>{{/HAS_LINKS}}</div>
{{/PROBLEM}}{{#NO_PROGRAMMES}}<p>{{T_ST_NO_PROGRAMMES}}</p>{{/NO_PROGRAMMES}}
{{#HAS_PROGRAMMES}}<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cap-st-programmes"><table>
<caption id="cap-st-programmes">{{T_ST_PROGRAMMES_TITLE}} {{YEAR}}</caption>
<thead><tr><th scope="col">{{T_ST_NUMBER}}</th><th scope="col">{{T_ST_NAME}}</th><th scope="col">{{T_ST_PORTFOLIO}}</th><th scope="col">{{T_ST_DIRECTIE}}</th></tr></thead>
<tbody>
{{#PROGRAMME}}<tr><td>{{NUMBER}}</td><th scope="row"><a href="/begroting/{{YEAR}}/programmes/{{ID}}">{{NAME}}</a></th><td>{{PORTFOLIO_HOLDER}}</td><td>{{DIRECTIE}}</td></tr>
{{/PROGRAMME}}</tbody>
</table></div>{{/HAS_PROGRAMMES}}
{{#EDITABLE}}{{#HAS_PROGRAMMES}}<form method="post" action="/begroting/{{YEAR}}/programmes/renumber" class="inline">
<input type="hidden" name="csrf" value="{{CSRF}}">
<p><button type="submit">{{T_ST_RENUMBER_PROGRAMMES}}</button></p>
</form>{{/HAS_PROGRAMMES}}
<section aria-labelledby="h-np">
<h2 id="h-np">{{T_ST_NEW_PROGRAMME}}</h2>
{{#NEW_FORM}}{{>FORM}}{{/NEW_FORM}}
</section>{{/EDITABLE}}
