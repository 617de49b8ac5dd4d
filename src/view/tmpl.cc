// tmpl.cc: the only C++ in Koers: a thin extern "C" shim over ctemplate.
// No exception crosses into C: every entry point catches and reports.
#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>

#include <dirent.h>
#include <pthread.h>
#include <sys/stat.h>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include "tmpl.h"

using ctemplate::TemplateDictionary;

static bool tmpl_dev;
static std::string tmpl_dir;

// The catalogue (static texts, never copied).  Filled before serving starts
// and only read afterwards, so threads share it without a lock.
struct tmpl_entry {
	const char	*key;
	const char	*text[TMPL_LANGS];
};
static std::vector<tmpl_entry>		tmpl_catalogue;
static std::map<std::string, size_t>	tmpl_catalogue_ix;

// --dev: the template files and when each was loaded, to reload on change.
static std::map<std::string, struct timespec>	tmpl_mtime;
static pthread_mutex_t			tmpl_dev_mtx = PTHREAD_MUTEX_INITIALIZER;

static TemplateDictionary *
dict(struct tmpl *t)
{
	return reinterpret_cast<TemplateDictionary *>(t);
}

static struct tmpl *
wrap(TemplateDictionary *d)
{
	return reinterpret_cast<struct tmpl *>(d);
}

extern "C" void
tmpl_text(const char *key, const char *text_nl, const char *text_en)
{
	try {
		tmpl_entry e = { key, { text_nl, text_en } };

		tmpl_catalogue_ix[key] = tmpl_catalogue.size();
		tmpl_catalogue.push_back(e);
	} catch (...) {
	}
}

// The name a catalogue text has in language lang: T_KEY__0, T_KEY__1.
static std::string
tmpl_lang_name(const std::string &key, int lang)
{
	return key + "__" + static_cast<char>('0' + lang);
}

// The cache key of file compiled for lang.
static std::string
tmpl_lang_file(const char *file, int lang)
{
	if (lang < 0 || lang >= TMPL_LANGS)
		lang = 0;
	return std::string(file) + "#" + static_cast<char>('0' + lang);
}

// Every catalogue text, in each language, into ctemplate's global
// dictionary, once: a render then adds no text to its dictionary.
static bool
tmpl_globals(void)
{
	size_t	i;
	int	l;

	for (i = 0; i < tmpl_catalogue.size(); i++) {
		if (std::strstr(tmpl_catalogue[i].key, "__") != NULL) {
			std::fprintf(stderr, "templates: catalogue key %s may not "
			    "contain \"__\"\n", tmpl_catalogue[i].key);
			return false;
		}
		for (l = 0; l < TMPL_LANGS; l++)
			TemplateDictionary::SetGlobalValue(
			    tmpl_lang_name(tmpl_catalogue[i].key, l),
			    tmpl_catalogue[i].text[l]);
	}
	return true;
}

// text with each {{T_KEY...}} renamed to the key's text in lang.  A key
// that is not in the catalogue is reported (it would render empty).
static bool
tmpl_localise(const std::string &file, const std::string &text, int lang,
    std::string &out)
{
	std::string	key;
	size_t		at = 0, from = 0, end;
	bool		ok = true;

	out.clear();
	while ((at = text.find("{{T_", at)) != std::string::npos) {
		at += 2;
		end = at;
		while (end < text.size() && (std::isupper((unsigned char)text[end]) ||
		    std::isdigit((unsigned char)text[end]) || text[end] == '_'))
			end++;
		key = text.substr(at, end - at);
		if (tmpl_catalogue_ix.find(key) == tmpl_catalogue_ix.end()) {
			std::fprintf(stderr, "templates: %s/%s names %s, which "
			    "is not in the catalogue\n", tmpl_dir.c_str(),
			    file.c_str(), key.c_str());
			ok = false;
		}
		out.append(text, from, end - from);
		out += tmpl_lang_name(std::string(), lang);
		from = at = end;
	}
	out.append(text, from, std::string::npos);
	return ok;
}

// Read file from the template folder and compile it once per language into
// the template cache (replacing what was there).  Reports and returns
// false when it cannot be read, does not parse, or names unknown texts.
static bool
tmpl_load(const std::string &file)
{
	std::ifstream		 in((tmpl_dir + "/" + file).c_str());
	std::stringstream	 ss;
	std::string		 text, local, key;
	struct stat		 sb;
	bool			 ok = true;
	int			 l;

	if (!in) {
		std::fprintf(stderr, "templates: cannot read %s/%s\n",
		    tmpl_dir.c_str(), file.c_str());
		return false;
	}
	ss << in.rdbuf();
	text = ss.str();
	for (l = 0; l < TMPL_LANGS; l++) {
		if (!tmpl_localise(file, text, l, local))
			ok = false;
		key = tmpl_lang_file(file.c_str(), l);
		ctemplate::mutable_default_template_cache()->Delete(key);
		if (!ctemplate::StringToTemplateCache(key, local,
		    ctemplate::STRIP_BLANK_LINES)) {
			std::fprintf(stderr, "templates: %s/%s does not "
			    "parse; fix it and start again\n", tmpl_dir.c_str(),
			    file.c_str());
			ok = false;
		}
	}
	if (stat((tmpl_dir + "/" + file).c_str(), &sb) == 0)
		tmpl_mtime[file] = sb.st_mtim;
	return ok;
}

// --dev: reload the templates whose file changed since they were loaded.
static void
tmpl_dev_reload(void)
{
	std::map<std::string, struct timespec>::iterator	it;
	struct stat				sb;

	pthread_mutex_lock(&tmpl_dev_mtx);
	for (it = tmpl_mtime.begin(); it != tmpl_mtime.end(); ++it)
		if (stat((tmpl_dir + "/" + it->first).c_str(), &sb) == 0 &&
		    (sb.st_mtim.tv_sec != it->second.tv_sec ||
		    sb.st_mtim.tv_nsec != it->second.tv_nsec))
			(void)tmpl_load(it->first);
	pthread_mutex_unlock(&tmpl_dev_mtx);
}

// Load every *.tpl in dir, each compiled once per language.  Returns 1 if
// all parse and name only catalogue texts, 0 (with a message on standard
// error naming the file) otherwise.
extern "C" int
tmpl_init(const char *dir, int dev)
{
	DIR		*dp;
	struct dirent	*de;
	int		 ok = 1, n = 0;
	size_t		 len;

	tmpl_dev = dev != 0;
	try {
		tmpl_dir = dir;
		if (!tmpl_globals())
			return 0;
		if ((dp = opendir(dir)) == NULL) {
			std::fprintf(stderr, "templates: cannot open %s\n", dir);
			return 0;
		}
		while ((de = readdir(dp)) != NULL) {
			len = std::strlen(de->d_name);
			if (len < 5 || std::strcmp(de->d_name + len - 4, ".tpl") != 0)
				continue;
			n++;
			if (!tmpl_load(de->d_name))
				ok = 0;
		}
		closedir(dp);
	} catch (...) {
		return 0;
	}
	if (n == 0) {
		std::fprintf(stderr, "templates: no *.tpl in %s\n", dir);
		return 0;
	}
	return ok;
}

extern "C" void
tmpl_set_global(const char *name, const char *val)
{
	try {
		TemplateDictionary::SetGlobalValue(name, val);
	} catch (...) {
	}
}

extern "C" struct tmpl *
tmpl_new(void)
{
	try {
		return wrap(new TemplateDictionary("page"));
	} catch (...) {
		return NULL;
	}
}

extern "C" void
tmpl_free(struct tmpl *t)
{
	delete dict(t);
}

extern "C" void
tmpl_set(struct tmpl *t, const char *name, const char *val)
{
	try {
		dict(t)->SetValue(name, val != NULL ? val : "");
	} catch (...) {
	}
}

extern "C" void
tmpl_setn(struct tmpl *t, const char *name, const char *val, size_t len)
{
	try {
		dict(t)->SetValue(name, ctemplate::TemplateString(val, len));
	} catch (...) {
	}
}

extern "C" void
tmpl_set_int(struct tmpl *t, const char *name, long long val)
{
	try {
		dict(t)->SetFormattedValue(name, "%lld", val);
	} catch (...) {
	}
}

extern "C" struct tmpl *
tmpl_section(struct tmpl *t, const char *name)
{
	try {
		return wrap(dict(t)->AddSectionDictionary(name));
	} catch (...) {
		return NULL;
	}
}

extern "C" void
tmpl_show(struct tmpl *t, const char *name)
{
	try {
		dict(t)->ShowSection(name);
	} catch (...) {
	}
}

extern "C" struct tmpl *
tmpl_include(struct tmpl *t, const char *name, const char *file, int lang)
{
	try {
		TemplateDictionary *d = dict(t)->AddIncludeDictionary(name);
		d->SetFilename(tmpl_lang_file(file, lang));
		return wrap(d);
	} catch (...) {
		return NULL;
	}
}

// Expand file with t, with the catalogue texts it names in lang, into a
// malloc'd, NUL-terminated string.  NULL on error.
extern "C" char *
tmpl_render(const char *file, struct tmpl *t, int lang, size_t *len)
{
	try {
		std::string	 out;
		char		*buf;

		if (tmpl_dev)
			tmpl_dev_reload();
		out.reserve(16384);
		if (!ctemplate::ExpandTemplate(tmpl_lang_file(file, lang),
		    ctemplate::STRIP_BLANK_LINES, dict(t), &out))
			return NULL;
		if ((buf = static_cast<char *>(std::malloc(out.size() + 1))) == NULL)
			return NULL;
		std::memcpy(buf, out.data(), out.size());
		buf[out.size()] = '\0';
		if (len != NULL)
			*len = out.size();
		return buf;
	} catch (...) {
		return NULL;
	}
}
