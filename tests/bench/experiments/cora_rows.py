"""Rows of the Cora citation set as entity-resolution benchmarks ship it (HPI's cora.csv: lower case, punctuation
gone, the year in `date`), transcribed from public copies for `cora_sweep.py`: records 1-145 (with the clusters a
public copy of Cora labels them with) and 17 copies of Cascade-Correlation (records 308-373, one paper). Cora is
McCallum's citation-matching set; it is not in ../shared, and nothing but this experiment reads these rows."""

# (id, authors, booktitle, journal, date, title) of records 1-145.
A = "m ahlskog j paloheimo h stubb p dyreklev m fahlman o inganas and m r andersson"
ROWS = [
(1,"m ahlskog j paloheimo h stubb p dyreklev m fahlman o","","andersson j appl phys","1994","inganas and m r"),
(2,A,"","j appl phys","1994",""),(3,A,"","j appl phys","1994",""),(4,A,"","j appl phys","1994",""),(5,A,"","j appl phys","1994",""),
(6,A,"","j appl phys","1994",""),(7,A,"","j appl phys","1994",""),(8,A,"","journal of applied physics","1994",""),
(9,"c ray asfahl","","","1992","robots and manufacturing automation"),
(10,"steve benford and lennart e fahlen","in proceedings of ecscw 93","","1993","a spatial model of interaction in large virtual environments"),
(11,"benford s and fahln l","6th ercim workshop","","june 1994","viewpoints actionpoints and spatial frames for collaborative user interfaces"),
(12,"benford s bowers j fahln l greenhalgh c and snowdon d","in proc acm conference on human factors in computing systems chi95","","may 7 11 1995","user embodiment in collaborative virtual environments"),
(13,"benford s bowers j fahlen l e greenhalgh c snowdon d","in proceedings of chi95","","1995","user embodiment in collaborative virtual environments"),
(14,"benford s bowers j fahlen l e greenhalgh c snowdon d","in proceedings of chi95","","","user embodiment in collaborative virtual environments"),
(15,"steve benford john bowers lennart fahlen chris greenhalg john mariani and tom rodden","","presence","1995","networked virtual realitty and cooperative work"),
(16,"brown d f moura h watt d a","proceedings of the international workshop on compiler construction cc 92","","1992b","actress an action semantics directed compiler generator"),
(17,"brown d f moura h watt d a","proceedings of the international workshop on compiler construction cc 92","","1992b","actress an action semantics directed compiler generator"),
(18,"d f brown h moura and d a watt actress","proceedings of the 4th international conference on compiler construction cc 92","","october 1992","an action semantics directed compiler generator"),
(19,"b buth k h buth m franzle b v karger y lakhneche h langmaack and m muller olm","compiler construction","","1992","provably correct compiler development and implementation"),
(20,"b buth et al","compiler construction","","1992","provably correct compiler implementation"),
(21,"b buth et al","compiler construction","","1992","provably correct compiler implementation"),
(22,"b buth et al","compiler construction","","1992","provably correct compiler implementation"),
(23,"bettina buth karl heinz buth martin franzle burghard von karger yassine lakhneche hans langmaack and markus muller olm","compiler construction number 641 in lecture notes in computer science","","1992","provably correct compiler development and implementation"),
(24,"conklin j","in computer supported cooperative work a book of readings","","1985","hypertext an introduction and survey"),
(25,"cramer n l","proceedings of an international conference on genetic algorithms and their applications","","1985","a representation for the adaptive generation of simple sequential programs"),
(26,"daelemans w van den bosch a and weijters t","","","1995","1990 the cascade correlation learning architecture"),
(27,"","proceedings of the third international conference on genetic algorithms","","","an investigation of niche and species formation in genetic function op timization"),
(28,"","proceedings of the third international conference on genetic algorithms","","","an investigation of niche and species formation in genetic function optimization"),
(29,"","proceedings of the third international conference on genetic algorithms","","1989","an investigation of niche and species formation in genetic function optimization"),
(30,"dempster a laird n and rubin d","","journal of the royal statistical society b","1977","maximum likelihood from incomplete data via the em algorithm"),
(31,"dempster a laird n and rubin d","","journal of the royal statistical society b","1977","maximum likelihood from incomplete data via the em algorithm"),
(32,"m dill and m","","perception psychophysics in press","","fahle"),(33,"m dill and m","","perception psychophysics in press","","fahle"),
(34,"m dill and m","proceedings of the royal society london b in press","","","fahle"),(35,"m dill and m","proceedings of the royal society london b in press","","","fahle"),
(36,"dutta s and shekhar s","in international joint conference on neural networks","","1988","bond rating a non conservative application of neural networks"),
(37,"m fahle and t poggio","proceedings of the royal society of london b","","1981","visual hyperacuity spatiotemporal interpolation in human vision"),
(38,"fahle m","","vis res","","1991 parallel perception of vernier offsets curvature and chevrons in humans"),
(39,"fahle m w and edelman s","","vision research","1992","learning in hyperacuity influence of stimulus range and of feedback"),
(40,"m fahle and s edelman","","vision research","1993","long term learning in vernier acuity effects of stimulus orientation range and of feedback"),
(41,"fahle m edelman s","","vision research","1993","long term learning in vernier acuity effects of stimulus orientation range and of feedback"),
(42,"fahle m edelman s","","vision research","",""),
(43,"fahle m edelman s and poggio t","","vision research","1995","fast perceptual learning in hyperacuity"),
(44,"fahle m edelman s and poggio t","","vision research","1995","fast perceptual learning in hyperacuity"),
(45,"fahle m edelman s and poggio t","","vision research","1995","fast perceptual learning in hyperacuity"),
(46,"fahle m edelman s poggio t","","vision research","",""),
(47,"fahle m","","vision research","1997","specificity of learning curvature orientation and vernier discriminations"),
(48,"fahle m","","vision research","",""),
] + [(i,"lennart e fahlen charles grant brown olov stahl and christer carlsson","in proceedings of interchi 93","","1993","a space based model for user interaction in shared synthetic environments") for i in range(49,54)] + [
(54,"s fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(55,"s fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(56,"scott elliott fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(57,"scott elliott fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(58,"fahlman s e","","artificial intelligence","1974","a planning system for robot construction tasks"),
(59,"fahlman s e","","artificial intelligence","1974","a planning system for robot construction tasks"),
(60,"s e fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(61,"s e fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(62,"s e fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(63,"s fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(64,"s f fahlman","artifical intel lignece 5 pp","","1974","a planning system for robot construction tasks"),
(65,"s e fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
(66,"scott elliott fahlman","","artificial intelligence","1974","a planning system for robot construction tasks"),
] + [(i, a, "", "", y, t) for i, a, y, t in [
(67,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(68,"s e fahlman","1979","netl a system for representing and using real world knowledge"),
(69,"fahlman s","1979","netl a system for representing and using real world knowledge"),
(70,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(71,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(72,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(73,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(74,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(75,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(76,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(77,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(78,"fahlman s e","1979","netl a system for representing and using real world knowledge cam bridge"),
(79,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(80,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(81,"scott e fahlman","1979","netl a system for representing and using real world knowledge"),
(82,"s e fahlman","1979","netl a system for representing and using real world knowledge"),
(83,"s e fahlman","","netl a system for representing real world knowledge"),
(84,"scott e fahlman","1979","a system for representing and using real world knowledge"),
(85,"scott e fahlman","1979","a system for representing and using real world knowledge"),
(86,"scott e fahlman","1979","netl a system for representing and using real world knowledge"),
(87,"s fahlman","1979","netl a system for representing and using real world knowledge"),
(88,"scott e fahlman","1979","netl a system for representing real world knowledge"),
(89,"scott e fahlman","1979","netl a system for representing and using real world knowledge"),
(90,"s fahlman","1979","netl a system for representing and using real world knowledge"),
(91,"scott e fahlman","1979","netl a system for representing and using real world knowledge"),
(92,"fahlman s e","1979","netl a system for representing and using real world knowledge"),
(93,"s fahlman","1979","netl a system for representing and using real world knowledge"),
(94,"s e fahlman","1977","netl a system for representing and using real world knowledge"),
(95,"s e fahlman","1979","netl a system for representing and using real world knowledge"),
(96,"s e fahlman","1979","netl a system for representing and using real world knowledge"),
(97,"s fahlman","1979","netl a system for representing and using real world knowledge"),
(98,"s fahlman","1979","netl a system for representing and using real world knowledge"),
(99,"scott e fahlman","1979","netl a system for representing and using real world knowledge"),
]] + [
(100,"scott e fahlman","in the first annual conference on artificial intelligence aaai","","1980","design sketch for a million element netl machine"),
(101,"fahlman s","parallel models of associative memory","","1981","representing implicit knowledge"),
(102,"fahlman s touretzky d and van roggen w","in proc ijcai 81","","","cancellation in a parallel semantic network"),
(103,"scott e fahlman","parallel processing in artificial intelligence parallel computing","","1985","extended abstract"),
(104,"fahlman s hinton g","","computer","1987","connectionist architectures for artificial intelligence"),
(105,"scott e fahlman and geoffrey e hinton","","computer","1987","connectionist architectures for artificial intelligence"),
(106,"fahlman s and hinton g","","computer","1987","connectionist architectures for artificial intelligence"),
(107,"s e fahlman","proc of the 1988 connectionist models summer school","","1989","faster learning variations on back propagation an empirical study"),
(108,"fahlman s","proc of the connectionist model summer school","","1988","faster learning variations on backpropagation an empirical study"),
(109,"fahlman s e","t","","1988","faster learning variations on back propagation"),
(110,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1989","faster learning variations on back propagation an empirical study"),
(111,"fahlman s e","in proc 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study"),
(112,"fahlman s e","proc 1988 connectionist models summer school","","1989","fast learning variations on back propagation an empirical study"),
(113,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1988","fast learning variations on backpropagation an empirical study"),
(114,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1989","fast learning variations on back propagation an empirical study"),
(115,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1989","fast learning variations on back propagation an empirical study"),
(116,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1989","fast learning variations on back propagation an empirical study"),
(117,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1989","fast learning variations on back propagation an empirical study"),
(118,"s fahlman","in procs of the 1988 connectionist models summer school","","1988","faster learning variations on back propagation an empirical study"),
(119,"s e fahlman","proceedings of the 1988 connectionist models summer school","","","fast learning variations on back propagation an empirical study"),
(120,"s e fahlman","in proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on back propagation an empirical study"),
(121,"scott e fahlman","","","1988","faster learning variations on back propagation an empirical study"),
(122,"fahlman s","proceedings of the 1988 connectionist models summer school","","1988","e faster learning variations of backpropagation an empirical study"),
(123,"fahlman s","proceedings of the 1988 connectionist models summer school","","1988","e faster learning variations of backpropagation an empirical study"),
(124,"fahlman s","proceedings of the 1988 connectionist models summer school","","1988","e faster learning variations of backpropagation an empirical study"),
(125,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1989","fast learning variations on back propagation an empirical study"),
(126,"fahlman s e","proceedings of 1988 connectionist models summer school","","","1988 faster learning variations on back propagation an empiri cal study"),
(127,"s e fahlman","proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on back propagation an empirical study"),
(128,"s e fahlman","in 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study in t j"),
(129,"fahlman s e","proceedings of the 1988 connectionist models summer school","","1988","faster learning variations of backpropagation an empirical study"),
(130,"s fahlmann","proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study"),
(131,"s fahlmann","proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study"),
(132,"s e fahlman","in 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study"),
(133,"fahlman s","proc of the 1988 connectionist models summer school","","1988","faster learning variations on back propagation an empirical study in"),
(134,"s e fahlman","in proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on back propagation an empirical study"),
(135,"scott e fahlman","in proceedings of the 1988 connectionist models summer school pitts burg 1988","","","faster learning variations on back propagation an empirical study"),
(136,"s fahlman","proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study"),
(137,"s fahlman","proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study"),
(138,"s fahlman","in connectionist models summer school","","1988","faster learning variations on back propagation an empirical study"),
(139,"s e fahlman","in proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on back propagation an empirical study"),
(140,"s e fahlman","in proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on backpropagation an empirical study"),
(141,"s e fahlman","connectionist models summer school 1988 proceedings","","","fast learning variations on back propagation an empirical study"),
(142,"s e","in proceedings of the 1988 connectionist summer school","","","fahlman 1988 faster learning variations on back propagation an empirical study"),
(143,"s e","in proceedings of the 1988 connectionist models summer school","","","fahlman 1988 faster learning variations on backpropagation an empirical study"),
(144,"fahlman s e","in proceedings of the 1988 connectionist models summer school","","1989","fast learning variations on backpropagation an empirical study"),
(145,"scott fahlman","in proceedings of the 1988 connectionist models summer school","","1988","faster learning variations on back propagation an empirical study"),
]
# Where each cluster of records 1-145 starts (record 121, a technical report, is a cluster of its own).
STARTS = [1,9,10,11,12,15,16,19,24,25,26,27,30,32,34,36,37,38,39,40,43,47,49,54,67,100,101,102,103,104,107,146]


def cluster(record: int) -> int:
    """The cluster (its first record) a record of 1-145 belongs to."""
    return 121 if record == 121 else max(start for start in STARTS if start <= record)

# (authors, booktitle, date, title) of Cascade-Correlation copies, all one paper.
CASCOR = [
    ('fahlman s e lebiere c', 'in advances in neural information processing systems', '1990', 'the cascade correlation architecture'),
    ('fahlman s e and lebiere c', 'advances in neural information processing systems', '1990', 'the cascade correlation learning architecture'),
    ('fahlman s e and lebiere c', 'nips', '1990', 'the cascade correlation learning architecture'),
    ('fahlmann s e and lebiere c', 'in advances in neural information processing systems 2 nips 2', '1989', 'the cascade correlation learning architecture'),
    ('s e fahlman c lebiere', 'advances in neural information processing systems', '1990', 'the cascade correlation learning architecture'),
    ('s fahlman and c lebiere', 'in adv in neural info processing systems', '1989', 'the cascade correlation learning architecture'),
    ('s e fahlman and c lebiere', 'in advances in neural information processing systems', '1989', 'the cascade correlation learning architecture'),
    ('s e fahlman and c lebiere', 'advances in neural information processing systems', '', 'the cascade correlation learn ing architecture in d s'),
    ('s fahlman and c lebiere', 'neural information systems', '1990', 'the cascade correlation learning algorithm'),
    ('fahlmann scott c lebiere', 'in advances in neural information processing', '', 'the cascade correlation learning architechture'),
    ('fahlman s e and lebiere c', 'in advances in neural information processing systems ii denver 1989', '1990', 'the cascade correlation learning architecture'),
    ('s e fahlman and c lebiere', 'in ad vances in neural information processing systems ii', '1989', 'the cascade correlation learning architecture'),
    ('scott e fahlman and christian lebiere', 'in 13', '1990', 'the cascade correlation learning architec ture'),
    ('s e fahlman and c lebiere', 'advances in neural information processing structures', '1990', 'the cascade correlation architecture'),
    ('s fahlman and c lebiere', 'advances in neural information processing systems', '1989 1990', 'the cascade correlation learning architecture'),
    ('fahlman scott e', 'in advances in neural information processing systems', '1990', 'the cascade correlation learning architecture'),
    ('s e fahlman and lebiere c', 'in advances in neural information processing systems', '1990', 'the cascaded correlation learning architecture'),
]

# Records 1278-1423 of HPI's cora.csv, every column as it ships but `authors_original` (the same as `authors` in
# each of these rows; `hpi_csv` writes it back), read after the experiment's rules were made on 1-145: a held-out
# check. Transcribed from the public copy, 2026-12-02.
HPI_HEADER = "address;authors;authors_original;booktitle;date;editor;editors_original;id;institution;journal;month;note;pages;publisher;tech;title;type;volume;year"
HPI_1278 = r"""
;m e connel and p e utgoff ;in proceeedings aaai 87;;;;1278;;;;;pages 456 459;;;learning to control a dynamic physical system ;;;1987
san mateo ca ;connell m e and utgoff p e ;in sixth national conference on artificial intelligence ;;;;1279;;;;;pages 456 460;morgan kaufmann ;;learning to control a dynamic physical system ;;;1987
san mateo ca ;connell m e and utgoff p e ;in sixth national conference on artificial intelligence ;;;;1280;;;;;pages 456 460;morgan kaufmann ;;learning to control a dynamic physical system ;;;1987
seattle wa ;connell m e utgoff p e ;in proceedings of the sixth national conference on artificial intelligence;;;;1281;;;;;pp 456 460;morgan kaufmann ;;learning to control a dynamic physical system ;;;1987
seattle wa ;connell m e utgoff p e ;in proceedings of the sixth national conference on artificial intelligence;;;;1282;;;;;pp 456 460;morgan kaufmann ;;learning to control a dynamic physical system ;;;1987
seattle wa ;connell m e utgoff p e ;in proceedings of the sixth national conference on artificial intelligence;;;;1283;;;;;pp 456 460;morgan kaufmann ;;learning to control a dynamic physical system ;;;1987
seattle wa ;connell m e utgoff p e ;in proceedings of the sixth national conference on artificial intelligence;;;;1284;;;;;pp 456 460;morgan kaufmann ;;learning to control a dynamic physical system ;;;1987
seattle ;m connell and p utgoff ;in proceedings aaai 87;;;;1285;;;;;456 460;american association for arti ficial intelligence ;;learning to control a dynamic physical system ;;vol 2;1987
seattle ;m connell and p utgoff ;in proceedings aaai 87;;;;1286;;;;;456 460;american association for artificial intelligence ;;learning to control a dynamic physical system ;;vol 2;1987
seattle ;m connell and p utgoff ;in proceedings aaai 87;;;;1287;;;;;456 460;american association for artificial intelligence ;;learning to control a dynamic physical system ;;vol 2;1987
;craven m w shavlik j w ;proceedings of the tenth international conference on machine learning ;;in p utgoff ed ;;1288;;;;;pp 73 80;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
;craven m w shavlik j w ;proceedings of the tenth international conference on machine learning ;;in p utgoff ed ;;1289;;;;;pp 73 80;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
san mateo ca ;mark w craven and jude w shavlik ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1290;;;;to appear;;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
san mateo ca ;mark w craven and jude w shavlik ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1291;;;;to appear ;;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
san mateo ca ;mark w craven and jude w shavlik ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1292;;;;to appear ;;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
;m w craven and j w shavlik ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1293;;;;;;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
;m w craven and j w shavlik ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1294;;;;;;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
;m w craven and j w shavlik ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1295;;;;;;morgan kaufmann ;;learning symbolic rules using artificial neural networks ;;;1993
;danyluk a p and f j provost;proceedings of the 10th international conference on machine learning;;p utgoff editor ;;1296;;;;;pp 81 88;;;small disjuncts in action learning to diagnose errors in the local loop of the telephone network ;;;1993
;danyluk a provost f ; machine learning proceedings of the tenth international conference ;;in p utgoff ed ;;1297;;;;;pp 81 88;morgan kaufmann publishers inc ;;small disjuncts in action learning to diagnose errors in the telephone network local loop ;;;1993
;b a draper carla e brodley and paul e utgoff ;;;;;1298;;ieee trans on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1299;;ieee trans on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;draper b a brodley c e utgoff p e ;;;;;1300;;ieee transactions on pattern analysis and machine intelligence;;;888 893;;; goal directed classification using linear machine decision trees ;;16 9;1994
;draper b a brodley c e utgoff p e ;;;;;1301;;ieee transactions on pattern analysis and machine intelligence;;;888 893;;; goal directed classification using linear machine decision trees ;;16 9;1994
;draper b a brodley c e utgoff p e ;;;;;1302;;ieee transactions on pattern analysis and machine intelligence ;;;888 893;;;goal directed classification using linear machine decision trees ;;16;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1303;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1304;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1305;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1306;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1307;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1308;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1309;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1310;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b a draper carla e brodley and paul e utgoff ;;;;;1311;;ieee transactions on pattern analysis and machine intelligence ;;;888;;;goal directed classification using linear machine decision trees ;;16 9;1994
;bruce a draper carla e brodley and paul e utgoff ;;;;;1312;;ieee transactions on pattern analysis and machine intelligence ;september;;888 893;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b draper c e brodley and p utgoff ;;;;;1313;;ieee trans on pattern analysis and machine intelligence ;;;;;;goal directed classification using linear machine decision trees ;;16 9;1994
;b draper c e brodley and p utgoff ;;september 1994 9;;;1314;;ieee trans on pattern analysis and machine intelligence ;; to appear ;;;;goal directed classification using linear machine decision trees ;;16 9;
san mateo ;fawcett t e and utgoff p e ;in proceedings of the eighth international workshop on machine learning ;;ed l a birnbaum and g c collins ;;1315;;;;;137 141;morgan kaufmann ;;a hybrid method for feature generation ;;;1991
san mateo ca ;fawcett t e utgoff p e ;proceedings of the eighth international workshop on machine learning;;;;1316;;;;;pp 137 141;morgan kaufmann ;;a hybrid method for feature generation ;;;1991
evanston il ;fawcett t e utgoff p e ;machine learning proceedings of the eighth international workshop;;;;1317;;;;;pp 137 141;morgan kaufmann ;;a hybrid method for feature generation ;;;1991
evanston il ;fawcett t e utgoff p e ;proceedings of the eighth international workshop;;;;1318;;;;;pp 137 141;morgan kaufmann ;;a hybrid method for feature generation machine learning ;;;1991
evanston ill ;fawcett t e and utgoff p e ;proceedings of the eight international workshop on machine learning ;;;;1319;;;;;pp 137 141;;;a hybrid method for feature generation ;;;1991
evanston ill ;fawcett t and utgoff p ;proceedings of the eighth international workshop on machine learning;;;;1320;;;;;pp 137 141;;;a hybrid method for feature generation ;;;1991
evanston ill ;fawcett t and utgoff p ;proceedings of the eighth international workshop on machine learning;;;;1321;;;;;pp 137 141;;;a hybrid method for feature generation ;;;1991
;fawcett t e utgoff p e ;in proceeding of the 9th international workshop on machine learning;;;;1322;;;;;p144 153;;;automatic feature generation for problem solving systems ;;;1992
uk ;fawcett t and utgoff p ;in proceedings of the ninth international conference on machine learning ;;;;1323;university of aberdeen ;;;;pages 144 153;morgan kaufmann ;;automatic feature generation for problem solving systems ;;;1992
uk ;fawcett t and utgoff p ;in proceedings of the ninth international conference on machine learning ;;;;1324;university of aberdeen ;;;;pages 144 153;morgan kaufmann ;;automatic feature generation for problem solving systems ;;;1992
uk ;fawcett t and utgoff p ;in proceedings of the ninth international conference on machine learning ;;;;1325;university of aberdeen ;;;;pages 144 153;morgan kaufmann ;;automatic feature generation for problem solving systems ;;;1992
amherst ma ;tom e fawcett paul e utgoff ;;;;;1326;university of massachusetts ;;jan;;;;;automatic feature generation for problem solving systems ;coins technical report 92 9;;1992
;t e fawcett and p e utgoff ;;;;;1327;university of mas sachusetts at amherst ma department of computer and information science ;;;discusses work forthcoming in a phd dissertation about a system to derive features relevant to solving a problem from automatic analysis of the structure of the problem ;;;;automatic feature generation for prob lem solving systems ;technical report 92 9 coins;;1992
;tom fawcett and paul utgoff ;;;;;1328;;;;;;;;automatic feature generation for problem solving systems ;coins tech report 92 9;;1992
san mateo ca ;t e fawcett and p e utgoff ;proceedings of the ninth international workshop on machine learning ;;;;1329;;;;;144 153;morgan kaufmann ;;automatic feature generation for problem solving systems ;;;
scotland ;tom e fawcett and paul e utgoff ;proceedings of the ninth interntational workshop on machine learning aberdeen ;;in derek sleeman and peter edwards editors ;;1330;;;;;;;;automatic feature generation for problem solving systems ;;;1992
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1331;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1332;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1333;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1334;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1335;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1336;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1337;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1338;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;usama m fayyad nicholas weir and d djorgovski skicat ;in ml 93;;editor paul e utgoff ;;1339;;;;;pages 112 119;;;a machine learning system for automated cataloging of large scale sky surveys ;;;
;huffman s b laird j e ;machine learning proceedings of the tenth international conference ;;in utgoff p ed ;;1340;;;;;;;;learning procedures from interactive natural language instructions ;;;1993
;huffman s b laird j e ;machine learning proceedings of the tenth international conference ;;in utgoff p ed ;;1341;;;;;;;;learning procedures from interactive natural language instructions ;;;1993
;s b huffman and j e laird ;proceedings of the tenth international conference ;;p utgoff editor ;;1342;;;;;;;;learning procedures from interactive natural language instructions in machine learning ;;;1993
;scott b huffman and john e laird ;machine learning proceedings of the tenth international conference ;;in p utgoff editor ;;1343;;;;;;;;learning procedures from inter active natural language instructions ;;;1993
;scott b huffman and john e laird ;machine learning proceedings of the tenth international conference ;;in p utgoff editor ;;1344;;;;;;;;learning procedures from inter active natural language instructions ;;;1993
;scott b huffman and john e laird ;machine learning proceedings of the tenth international conference ;;in p utgoff editor ;;1345;;;;;;;;learning procedures from inter active natural language instructions ;;;1993
;scott b huffman and john e laird ;machine learning proceedings of the tenth international conference ;;in p utgoff editor ;;1346;;;;;;;;learning procedures from interactive natural language instructions ;;;1993
;david s johnson ;;;;;1347;;journal of algorithms ;;;381 395;;;the np completeness column an outgoing guide ;;3;1982
;jordan m i jacobs r a ;proceedings of the tenth international conference on machine learning ;;in p utgoff ed ;;1348;;;;;;morgan kaufmann ;;supervised learning and divide and conquer a statistical approach ;;;1993
;m jordan and r jacobs ;proceedings of the tenth international conference on machine learning ;;in p utgoff editor ;;1349;;;;;pages 159 166;morgan kaufmann ;;supervised learning and divide and conquer a statistical approach ;;;1993
san mateo ca ;l p kaelbling ;proceedings of the tenth international conference on machine learning ;;in p e utgoff editor ;;1350;;;;;pages 167173;morgan kaufmann ;;hierarchical learning in stochastic domains preliminary results ;;;1993
san mateo ca ;l p kaelbling ;proceedings of the tenth international conference on machine learning ;;in p e utgoff editor ;;1351;;;;;pages 167173;morgan kaufmann ;;hierarchical learning in stochastic domains preliminary results ;;;1993
san mateo ca ;l p kaelbling ;proceedings of the tenth international conference on machine learning ;;in p e utgoff editor ;;1352;;;;;pages 167173;morgan kaufmann ;;hierarchical learning in stochastic domains preliminary results ;;;1993
;l p kaelbling ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1353;;;;;;morgan kaufmann ;;hierarchical learning in stochastic domains preliminary results ;;;1993
;mccallum r a ;machine learning proceedings of the tenth international conference ;;in utgoff p ed ;;1354;;;;;pages 190 196;morgan kaufmann ;;overcoming incomplete perception with utile distinction memory ;;;1993
;mccallum r a ;machine learning proceedings of the tenth international conference ;;in utgoff p ed ;;1355;;;;;pages 190 196;morgan kaufmann ;;overcoming incomplete perception with utile distinction memory ;;;1993
;mccallum r a ;machine learning proceedings of the tenth international conference ;;in utgoff p ed ;;1356;;;;;pages 190 196;morgan kaufmann ;;overcoming incomplete perception with utile distinction memory ;;;1993
san mateo ca ;r andrew mccallum ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1357;;;;;pages 190 196;morgan kaufmann ;;overcoming incomplete perception with utile distinction memory ;;;1993
;r a mccallum ;machine learning proceedings of the tenth international conference ;;in p utgoff editor ;;1358;;;;;pages 190 196;morgan kaufmann ;;overcoming incomplete perception with utile distinction memory ;;;1993
;r a mccallum ;machine learning proceedings of the tenth international conference ;;in p utgoff editor ;;1359;;;;;pages 190 196;morgan kaufmann ;;overcoming incomplete perception with utile distinction memory ;;;1993
;a mehra z wang and k shin ;;;;;1360;;;;available at ftp rtcl eecs umich edu outgoing ashish selfparam ps june 1998;;;;self parameterizing protocol stacks for guaranteed quality of service ;;;
;a mehra z wang and k shin ;;;;;1361;;;;available at ftp rtcl eecs umich edu outgoing ashish selfparam ps june 1997 27;;;;self parameterizing protocol stacks for guaranteed quality of service ;;;
;a mehra z wang and k shin ;;;;;1362;;;;available at ftp rtcl eecs umich edu outgoing ashish selfparam ps june 1998 29;;;;self parameterizing protocol stacks for guaranteed quality of service ;;;
;a mehra z wang and k shin ;;;;;1363;;;;available at ftp rtcl eecs umich edu outgoing ashish selfparam ps june 1998 27;;;;self parameterizing protocol stacks for guaranteed quality of service ;;;
cambridge ca ;minton s drummond m bresina j l phillips a b ;in proceedings of the third international conference on principles of knowledge representation and reasoning ;;;;1364;;;;;pp83 92;;;total order vs partial order planning factors influencing performance ;;;1992
cambridge ca ;minton s drummond m bresina j l phillips a b ;in proceedings of the third international conference on principles of knowledge representation and reasoning ;;;;1365;;;;;pp 83 92;;;total order vs partial order planning factors influencing performance ;;;1992
;t m mitchell p e utgoff b nudel r b ;in proceedings of the seventh international joint conference on ai 127 134 1981;;;;1366;;;;;;;;banerji learning problem solving heuristics through practice ;;;
palo alto california ;mitchell t m p e utgoff and r banerji ;in machine learning an artificial intelligence approach ;;ed r s michalski j g carbonell and t m mitchell ;;1367;;;;;163 190;tioga publishing ;;learning by experimentation acquiring and refining problemsolving heuristics;;;1983
san mateo ca ;mitchell t m utgoff p e banerji r b ;machine learning an artificial intelligence approach;;in r s michalski j g carbonell t m mitchell eds ;;1368;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;; vol i ;1983
san mateo ca ;mitchell t m utgoff p e banerji r b ;machine learning an artificial intelligence approach;;in r s michalski j g carbonell t m mitchell eds ;;1369;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;; vol i ;1983
san mateo ca ;mitchell t m utgoff p banerji r ;machine leaning an artificial intelligence approach;;in r michalski j carbonell t mitchell eds ;;1370;;;;;pp 163 190;m kaufmann ;;1983 learning by experimentation acquiring and refining problem solving heuristics;;;
palo alto california ;mitchell t utgoff p banerji r ;in machine learning an artificial intelligence approach volume i ;;;;1371;;;;;;tioga press ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto california ;mitchell t utgoff p banerji r ;in machine learning an artificial intelligence approach volume i ;;;;1372;;;;;;tioga press ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto california ;mitchell t utgoff p banerji r ;in machine learning an artificial intelligence approach ;;;;1373;;;;;;tioga press ;;learning by experimentation acquiring and refining problem solving heuristics ;;volume i ;1983
los altos ca ;mitchell t utgoff p e and banerji r ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell eds ;;1374;;;;;pp 163 189;morgan kaufmann inc ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
los altos ca ;mitchell t utgoff p e and banerji r ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell eds ;;1375;;;;;pp 163 189;morgan kaufmann inc ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto ca ;mitchell t utgoff p banerji r ;;;in michalski r carbonell j mitchell t eds ;;1376;;machine learning ;;;pp 163 190;tioga ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto ca ;mitchell t utgoff p banerji r ;;;in michalski r carbonell j mitchell t eds ;;1377;;machine learning ;;;pp 163 190;tioga ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto ca ;mitchell t utgoff p banerji r ;;;in michalski r carbonell j mitchell t eds ;;1378;;machine learning ;;;pp 163 190;tioga ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto ca ;mitchell t utgoff p banerji r ;;;in michalski r carbonell j mitchell t eds ;;1379;;machine learning ;;;pp 163 190;tioga ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
;mitchell t utgoff p banerji r ;machine learning an artificial intelligence approach ;;in michalski r et al eds ;;1380;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;;vol 1;1983
;mitchell t utgoff p banerji r ;machine learning an artificial intelligence approach ;;in michalski r et al eds ;;1381;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;;vol 1;1983
;mitchell t utgoff p and banerji r ;an artificial intelligence approach chapter 6;;;;1382;;;;;pp 163 190;springer verlag ;;learning by experimentation acquiring and refining problem solving heuristics in machine learning ;;;1984
palo alto ca ;mitchell t utgoff t banerji r ;machine learning an artificial intelligence approach ;;in michalski r mitchell t carbonell j eds ;;1383;;;;;;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
palo alto ca ;mitchell t utgoff t banerji r ;machine learning an artificial intelligence approach ;;in michalski r mitchell t carbonell j eds ;;1384;;;;;;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
palo alto ca ;mitchell t utgoff t banerji r ;machine learning an artificial intelligence approach ;;in michalski r mitchell t carbonell j eds ;;1385;;;;;;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
palo alto ca ;mitchell t utgoff t and banerji r ;machine learning an artificial intelligence approach ;;in michalski r mitchell t and carbonell j editors ;;1386;;;;;;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
;mitchell t m utgoff p and banerji r ;an artificial intelligence approach ;; eds michalski et al ;;1387;;;;;;;;learning by experimentation acquiring and refining problem solving heuristics in machine learning ;;;1983
san mateo ca ;mitchell t m utgoff p e and banerji r ;;;mitchell eds r s michalski j g carbonell and t m ;;1388;;;;;pp 163 189;morgan kaufman publishers ;;learning by experimentation acquiring and refining problem solving heuristics machine learning an artificial intelligence approach ;;;1983
san mateo ca ;mitchell t m utgoff p e and banerji r ;;;mitchell eds r s michalski j g carbonell and t m ;;1389;;;;;pp 163 189;morgan kaufman publishers ;;learning by experimentation acquiring and refining problem solving heuristics machine learning an artificial intelligence approach ;;;1983
san mateo ca ;mitchell t m utgoff p e and banerji r ;;;mitchell eds r s michalski j g carbonell and t m ;;1390;;;;;pp 163 189;morgan kaufman publishers ;;learning by experimentation acquiring and refining problem solving heuristics machine learning an artificial intelligence approach ;;;1983
;mitchell t m utgoff p e and banerji r b ;in machine learning ;;;;1391;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
;mitchell t m utgoff p e and banerji r b ;;;;;1392;;machine learning ;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
;mitchell t m utgoff p e banerji r ;;;eds michalski carbonell mitchell ;;1393;;;;;;tioga press;;learning by experimentation acquiring and refining problem solving heuristics in machine learning;;;1983
;t mitchell utgoff p and banerji r ;in machine learning an artificial intelligence approach ;;r michalski ;;1394;;;;;;j ;;learning by experimentation acquiring and refining problemsolving heuristics ;;;
;t mitchell utgoff p and banerji r ;in machine learning an artificial intelligence approach ;;r michalski ;;1395;;;;;;j ;;learning by experimentation acquiring and refining problemsolving heuristics ;;;
;t m mitchell p e utgoff and r b banerji ;machine learning an artificial intelligence approach;;in r s michalski j g carbonell and t m mitchell editors ;;1396;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;; vol i ;1983
palo alto ca ;tom m mitchell paul e utgoff and ranan banerji ;in machine learning an artificial intelligence approach ;;;;1397;;;;;pages 163 190;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
palo alto ca ;tom m mitchell paul e utgoff and ranan banerji ;in machine learning an artificial intelligence approach ;;;;1398;;;;;pages 163 190;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
palo alto ca ;tom mitchell paul utgoff and ranan banerji ;in machine learning an artificial intelligence approach ;;;;1399;;;;;;tioga press ;;learning by experimentation acquiring and refining problem solving heuristics ;;volume i ;1983
;mitchell t utgoff p and banerji r ;machine learning an artificial intelligence approach ;;in michalski r and et al eds ;;1400;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;;volume 1;1983
palo alto california ;mitchell t m utgoff p e and banerji r ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell eds ;;1401;;;;;;tioga ;;learning by experimentation acquiring and refining problemsolving heuristics ;;;1983
palo alto ca ;t m mitchell p e utgoff and r b banerji ;machine learning ;;in j g carbonell r s michalski and t m mitchell editors ;;1402;;;;;;tioga ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto ca ;t mitchell t utgoff and r banerji ;machine learning an artificial intelligence approach ;;in r michalski t mitchell and j carbonell editors ;;1403;;;;;;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
palo alto ca ;t mitchell t utgoff and r banerji ;machine learning an artificial intelligence approach ;;in r michalski t mitchell and j carbonell editors ;;1404;;;;;;morgan kaufmann ;;learning problem solving heuristics by experimentation ;;;1983
;t m mitchell p e utgoff and r b banerji ;machine learning an artificial intelligence approach;;in s michalski ryszard g carbonell jaime references 44 and t m mitchell editors;;1405;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;; volume i ;1983
;t m mitchell p e utgoff and r b banerji ;machine learning an artificial intelligence approach;;in s michalski ryszard g carbonell jaime references 44 and t m mitchell editors;;1406;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;; volume i ;1983
palo alto ;t m mitchell p e utgoff and r banerji ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell editors ;;1407;;;;;pages 163 190;tioga publishing ;;learning by experimentation acquiring and refining problem solving heuristics ;;volume 1;1983
palo alto ca ;t m mitchell p utgoff and r banerji ;machine learning vol ;;in j g carbonell r s michalski and t m mitchell editors ;;1408;;;;;;tioga ;;learning by experimentation acquiring and refining problem solving heuristics ;;1;1983
san mateo ca ;mitchell t m utgoff p e banerji r b ;machine learning an artificial intelligence approach;;in r s michalski j g carbonell t m mitchell eds ;;1409;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;; vol i ;1983
;t m mitchell p e utgoff and r b banerji ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell editors ;;1410;;;;;;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;;volume 1;1983
palo alto ca ;mitchell t m utgoff p e and banerji r b ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell eds ;;1411;;;;;;tioga press ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1983
palo alto ca;tom m mitchell paul e utgoff and ranan banerji ;in machine 58 learning an artificial intelligence approach;;michalski ryszard s car bonell jamie g and mitchell tom m eds ;;1412;;;;;;tioga publishing company ;;learning by experimentation acquiring and refining problem solving heuristics;;volume i ;1983
los altos california ;t m mitchell p e utgoff and r banerji ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell editors ;;1413;;;;;pages 163 190;morgan kaufmann ;;learning by experimentation acquiring and refining problem solving heuristics ;;vol 1;1983
los altos ca ;mitchell t m ;proceedings of ijcai 83;;;;1414;;;;;1139 1151;morgan kaufmann ;;learning and problem solving ;;;1983
;tom m mitchell paul e utgoff and ranan banerji ;;;in michalski et al ;;1415;;;;;pages 163 190;;;learning by experimentation acquiring and refining problem solving heuristics ;;30;
;tom m mitchaell and paul e utgoff ;in shavlik and dietterich;;;;1416;;;;;pages 510 522;;;learning by experimentation acquiring and refining problem solving heuristics ;;17;
;tom m mitchaell and paul e utgoff ;in shavlik and dietterich;;;;1417;;;;;pages 510 522;;;learning by experimentation acquiring and refining problem solving heuristics ;;17;
san mateo ca ;mitchell t and thrun s ;in proceedings of the tenth international conference on machine learning ;;p utgoff ed ;;1418;;;;http www informatik uni bonn de thrun mitchell ebl ml93 ps z;;morgan kaufmann ;;explanation based learning a comparison of symbolic and neural network approaches ;;;1993
san mateo ca ;tom m mitchell and sebastian thrun ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1419;;;;;pages 197 204;morgan kaufmann ;;explanation based learning a comparison of symbolic and neural network approaches ;;;1993
san mateo ca ;tom m mitchell and sebastian thrun ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1420;;;;;pages 197 204;morgan kaufmann ;;explanation based learning a comparison of symbolic and neural network approaches ;;;1993
san mateo ca ;tom m mitchell and sebastian thrun ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1421;;;;;pages 197 204;morgan kaufmann ;;explanation based learning a comparison of symbolic and neural network approaches ;;;1993
san mateo ca ;tom m mitchell and sebastian thrun ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1422;;;;;pages 197 204;morgan kaufmann ;;explanation based learning a comparison of symbolic and neural network approaches ;;;1993
san mateo ca ;tom m mitchell and sebastian thrun ;proceedings of the tenth international conference on machine learning ;;in paul e utgoff editor ;;1423;;;;;pages 197 204;morgan kaufmann ;;explanation based learning a comparison of symbolic and neural network approaches ;;;1993
"""
# The clusters of records 1278-1423 as the public copy of Cora labels them (a record not listed is its own): the
# tech report of 'automatic feature generation ...' (1326-1328) is one paper, its workshop version another; the
# reprint of 'learning by experimentation ...' in Shavlik and Dietterich's readings (1416-1417) another again.
CLUSTERS_1278 = [
    range(1278, 1288), range(1288, 1296), range(1296, 1298), range(1298, 1315), range(1315, 1322),
    [1322, 1323, 1324, 1325, 1329, 1330], range(1326, 1329), range(1331, 1340), range(1340, 1347), range(1348, 1350),
    range(1350, 1354), range(1354, 1360), range(1360, 1364), range(1364, 1366), [*range(1367, 1414), 1415],
    range(1416, 1418), range(1418, 1424),
]


# Records 1424-1588 of HPI's cora.csv, kept as HPI_1278 is (a second held-out check, read after the first was
# fixed, 2026-12-02). Record 1424's first characters were cut in the copy read; they are 1425's.
HPI_1424 = r"""
;dunja mladenic ;in ml 93;;editor paul e utgoff ;;1424;;;;;pages 205 211;;;combinatorial optimization in inductive concept learning ;;;
;dunja mladenic ;in ml 93;;editor paul e utgoff ;;1425;;;;;pages 205 211;;;combinatorial optimization in inductive concept learning ;;;
;dunja mladenic ;in ml 93;;editor paul e utgoff ;;1426;;;;;pages 205 211;;;combinatorial optimization in inductive concept learning ;;;
;dunja mladenic ;in ml 93;;editor paul e utgoff ;;1427;;;;;pages 205 211;;;combinatorial optimization in inductive concept learning ;;;
;dunja mladenic ;in ml 93;;editor paul e utgoff ;;1428;;;;;pages 205 211;;;combinatorial optimization in inductive concept learning ;;;
;dunja mladenic ;in ml 93;;editor paul e utgoff ;;1429;;;;;pages 205 211;;;combinatorial optimization in inductive concept learning ;;;
;dunja mladenic ;in ml 93;;editor paul e utgoff ;;1430;;;;;pages 205 211;;;combinatorial optimization in inductive concept learning ;;;
;dunja mladenic ;in ml 93;;editor paul e utgoff ;;1431;;;;;pages 205 211;;;combinatorial optimization in inductive concept learning ;;;
;dunja mladenic ;in ml 93;;editor paul e utgoff ;;1432;;;;;pages 205 211;;;combinatorial optimization in inductive concept learning ;;;
san mateo ca ;mladenic d ;in machine learning proceedings of the tenth international conference ;; p e utgoff ed ;;1433;;;;;pp 205 211;morgan kaufmann pubishers ;;combinatorial optimization in inductive concept learning ;;;1993
;moss e cavazos j stefanovic d utgoff p precup d scheeff d brodley c ;;;;;1434;;;;submitted for publication ;;;;learning policies for local instruction scheduling ;;;1997
san francisco ca ;musick r catlett j russell s ;proceedings of the tenth international conference on machine learning ;;in utgoff p e ed ;;1435;;;;;pp 212 219;morgan kaufmann ;;decision theoretic subsampling for induction on large databases ;;;1992
;r musick jason catlett and s russell ;in ml 93;;editor paul e utgoff ;;1436;;;;;pages 212 219;;;decision theoretic subsampling for induction on large databases ;;;
;r musick jason catlett and s russell ;in ml 93;;editor paul e utgoff ;;1437;;;;;pages 212 219;;;decision theoretic subsampling for induction on large databases ;;;
;r musick jason catlett and s russell ;in ml 93;;editor paul e utgoff ;;1438;;;;;pages 212 219;;;decision theoretic subsampling for induction on large databases ;;;
;r musick jason catlett and s russell ;in ml 93;;editor paul e utgoff ;;1439;;;;;pages 212 219;;;decision theoretic subsampling for induction on large databases ;;;
;r musick jason catlett and s russell ;in ml 93;;editor paul e utgoff ;;1440;;;;;pages 212 219;;;decision theoretic subsampling for induction on large databases ;;;
;r musick jason catlett and s russell ;in ml 93;;editor paul e utgoff ;;1441;;;;;pages 212 219;;;decision theoretic subsampling for induction on large databases ;;;
;r musick jason catlett and s russell ;in ml 93;;editor paul e utgoff ;;1442;;;;;pages 212 219;;;decision theoretic subsampling for induction on large databases ;;;
;r musick jason catlett and s russell ;in ml 93;;editor paul e utgoff ;;1443;;;;;pages 212 219;;;decision theoretic subsampling for induction on large databases ;;;
;r musick jason catlett and s russell ;in ml 93;;editor paul e utgoff ;;1444;;;;;pages 212 219;;;decision theoretic subsampling for induction on large databases ;;;
san mateo ;j r ;proc ml 93;; ed p e utgoff ;;1445;;;;;;morgan kaufmann ;;quinlan 1993 combining instance based and model based learning;;;
san francisco ca ;quinlan j r ;proc int conf on mach learn ;;in utgoff p e ed ;;1446;;;;;;morgan kaufmann ;;combining instance based and model based learning ;;;1993b
san mateo ca ;quinlan j r ;proceedings of the machine learning conference 93;;in p e utgoff editor ;;1447;;;;;;morgan kaufmann ;;combining instance based and model based learning ;;;1993
;john ross quinlan ;in ml 93;;editor paul e utgoff ;;1448;;;;;pages 236 243;;;combining instance based and model based learning ;;;
;john ross quinlan ;in ml 93;;editor paul e utgoff ;;1449;;;;;pages 236 243;;;combining instance based and model based learning ;;;
;john ross quinlan ;in ml 93;;editor paul e utgoff ;;1450;;;;;pages 236 243;;;combining instance based and model based learning ;;;
;john ross quinlan ;in ml 93;;editor paul e utgoff ;;1451;;;;;pages 236 243;;;combining instance based and model based learning ;;;
;john ross quinlan ;in ml 93;;editor paul e utgoff ;;1452;;;;;pages 236 243;;;combining instance based and model based learning ;;;
;john ross quinlan ;in ml 93;;editor paul e utgoff ;;1453;;;;;pages 236 243;;;combining instance based and model based learning ;;;
;john ross quinlan ;in ml 93;;editor paul e utgoff ;;1454;;;;;pages 236 243;;;combining instance based and model based learning ;;;
;john ross quinlan ;in ml 93;;editor paul e utgoff ;;1455;;;;;pages 236 243;;;combining instance based and model based learning ;;;
;john ross quinlan ;in ml 93;;editor paul e utgoff ;;1456;;;;;pages 236 243;;;combining instance based and model based learning ;;;
san mateo ;quinlan j r ;proceedings of the 10th international conference on machine learning;;in utgoff p e editor ;;1457;;;;;;morgan kaufmann ;;combining instance based and model based learn ing ;;;1993b
san mateo ;quinlan j r ;proceedings of the 10th international conference on machine learning;;in utgoff p e editor ;;1458;;;;;;morgan kaufmann ;;combining instance based and model based learning ;;;1993b
amherst ma ;ragavan h rendell l ;machine learning proceedings of the tenth international conference ;;in utgoff p e ed mlc 93;;1459;university of massachusetts ;;;;pp 252 259;morgan kaufmann publishers inc ;;lookahead feature construction for learning hard concepts ;;;1993
;harish ragavan and larry rendell ;in ml 93;;editor paul e utgoff ;;1460;;;;;pages 252 259;;;lookahead feature construction for learning hard concepts ;;;
;harish ragavan and larry rendell ;in ml 93;;editor paul e utgoff;;1461;;;;;pages 252 259;;;lookahead feature construction for learning hard concepts ;;;
;harish ragavan and larry rendell ;in ml 93;;editor paul e utgoff ;;1462;;;;;pages 252 259;;;lookahead feature construction for learning hard concepts ;;;
;harish ragavan and larry rendell ;in ml 93;;editor paul e utgoff ;;1463;;;;;pages 252 259;;;lookahead feature construction for learning hard concepts ;;;
;harish ragavan and larry rendell ;in ml 93;;editor paul e utgoff;;1464;;;;;pages 252 259;;;lookahead feature construction for learning hard concepts ;;;
;harish ragavan and larry rendell ;in ml 93;;editor paul e utgoff;;1465;;;;;pages 252 259;;;lookahead feature construction for learning hard concepts ;;;
;harish ragavan and larry rendell ;in ml 93;;editor paul e utgoff ;;1466;;;;;pages 252 259;;;lookahead feature construction for learning hard concepts ;;;
;harish ragavan and larry rendell ;in ml 93;;editor paul e utgoff;;1467;;;;;pages 252 259;;;lookahead feature construction for learning hard concepts ;;;
;harish ragavan and larry rendell ;in ml 93;;editor paul e utgoff ;;1468;;;;;pages 252 259;;;lookahead feature construction for learning hard concepts ;;;
;ron rymon ;in ml 93;;editor paul e utgoff ;;1469;;;;;pages 268 275;;;an se tree based characterization of the induction problem ;;;
;ron rymon ;in ml 93;;editor paul e utgoff ;;1470;;;;;pages 268 275;;;an se tree based characterization of the induction problem ;;;
;ron rymon ;in ml 93;;editor paul e utgoff ;;1471;;;;;pages 268 275;;;an se tree based characterization of the induction problem ;;;
;ron rymon ;in ml 93;;editor paul e utgoff ;;1472;;;;;pages 268 275;;;an se tree based characterization of the induction problem ;;;
;ron rymon ;in ml 93;;editor paul e utgoff ;;1473;;;;;pages 268 275;;;an se tree based characterization of the induction problem ;;;
;ron rymon ;in ml 93;;editor paul e utgoff ;;1474;;;;;pages 268 275;;;an se tree based characterization of the induction problem ;;;
;ron rymon ;in ml 93;;editor paul e utgoff ;;1475;;;;;pages 268 275;;;an se tree based characterization of the induction problem ;;;
;ron rymon ;in ml 93;;editor paul e utgoff ;;1476;;;;;pages 268 275;;;an se tree based characterization of the induction problem ;;;
;ron rymon ;in ml 93;;editor paul e utgoff ;;1477;;;;;pages 268 275;;;an se tree based characterization of the induction problem ;;;
;david r safford douglas l schales and david k hess ;in proceedings of the fourth usenix security symposium usenix association ;;;;1478;;;;;;;;the tamu security package an outgoing response to internet intruders in an academic environment ;;;1993
;schmill m d rosenstein m t cohen p r and utgoff p ;;;;;1479;;;;to appear in proceedings of the second international conference on autonomous agents ;;;;learning what is relevant to the effects of actions for a mobile robot ;;;1998
;schwartz a ;proceedings of the tenth international conference on machine learning ;;in p utgoff ed ;;1480;;;;;;morgan kaufmann ;;a reinforcement learning method for maximizing undiscounted rewards ;;;1993
san francisco ca ;schwartz a ;proceedings of the tenth international conference on machine learning ;;in utgoff p ed ;;1481;;;;;pp 298 305;morgan kaufmann ;;a reinforcement learning method for maximizing undiscounted rewards ;;;1993
;stone c j ;;;;;1482;;the annals of statistics ;;;595 645;;; consistent nonparametric regression ;;5;1977
;torgo l ;;;;;1483;;;;;;;;incremental rule learning using entropy based search;;;1990
czech republic ;torgo l ;in proceedings of the 2nd international workshop on artificial intelligence techniques ait95;;zizka j and brazdil p eds ;;1484;;;;;;;; data fitting with rule based regression ;;;1995
los altos ca ;utgoff p e mitchell t m ;in proceedings of aaai 82;;;;1485;;;;;414 417;morgan kaufmann ;;acquisition of appropriate bias for inductive concept learning ;;;1982
pittsburgh pa ;utgoff p e mitchell t m ;proceedings of the second national conference on artificial intelligence;;;;1486;;;;;pp 414 417;morgan kaufmann ;;acquisition of appropriate bias for inductive concept learning ;;;1982
pittsburgh pa ;p e utgoff and t m mitchell ;in proc of aaai 82;;;;1487;;;;;;;;acquisition of appropriate bias for inductive concept learning ;;;1982
;paul utgoff and tom m mitchell ;in aaai 82;;;;1488;;;;;pages 414 417;;;acquisition of appropriate bias for inductive concept learning ;;;1982
;utgoff p e mitchell tom m and banerji r b ;in machine learning ;;;;1489;;;;;;tioga ;;learning by experimentation acquiring and refining problem solving heuristics ;;;1982
los angeles ca ;p e utgoff ;in ijcai 83;;;;1490;;;;;pages 447 449;kaufmann ;;adjusting bias in concept learning ;;;1983
rutgers university new brunswick nj ;utgoff p e ;;;;;1491;department of computer science ;;;;;;;shift of bias for inductive concept learning ;doctoral dissertation ;;1984
;paul utgoff ;;;;;1492;rutgers university ;;;;;;;shift of bias for inductive concept learning ;technical report cbm tr 145;;1984
;p e utgoff ;;;;;1493;rutgers laboratory for computer science research ;;oct ;;;;;shift of bias for inductive concept learning ;phd thesis ;;1984
;p e utgoff ;;;;;1494;rutgers laboratory for computer science research ;;oct ;;;;;shift of bias for inductive concept learning ;phd thesis ;;1984
;p utgoff ;;;;;1495;rutgers laboratory for computer science research ;;octo ber;;;;;shift of bias for inductive concept learning ;phd thesis ;;1984
;p utgoff ;;;;;1496;rutgers laboratory for computer science research ;;octo ber;;;;;shift of bias for inductive concept learning ;phd thesis ;;1984
boston ma ;utgoff p e ;;;;;1497;;;;;;kluwer academic ;;machine learning of inductive bias ;;12;1986
;utgoff p e ;machine learning of inductive bias hingham ;;;;1498;;;;;;ma kluwer ;;;;;1986
;utgoff p e ;machine learning of inductive bias hingham ;;;;1499;;;;;;ma kluwer ;;;;;1986
;p utgoff ;machine learning of inductive bias ;;;;1500;;;;;;kluwer academic ;;;;;1986
;p utgoff ;machine learning of inductive bias ;;;;1501;;;;;;kluwer academic ;;;;;1986
;paul e utgoff ;machine learning of inductive bias ;;;;1502;;;;;;kluwer academic publishers ;;;;;1986
;paul e utgoff ;machine learning of inductive bias ;;;;1503;;;;;;kluwer academic publishers ;;;;;1986
boston ma ;p e utgoff ;machine learning of inductive bias ;;;;1504;;;;;;kluwer academic publishers ;;;;;1986
boston ma ;p e utgoff ;machine learning of inductive bias ;;;;1505;;;;;;kluwer academic publishers ;;;;;1986
;p e utgoff ;machine learning of inductive bias ;;;;1506;;;;;;kluwer academic publishers ;;;;;1986
;p e utgoff ;machine learning of inductive bias ;;;;1507;;;;;;kluwer academic publishers ;;;;;1986
;p e utgoff ;machine learning of inductive bias ;;;;1508;;;;;;kluwer academic publishers ;;;;;1986
;utgoff p ;machine learning of inductive bias ;;;;1509;;;;kluwer international series in engineering and computer science ;28;kluwer academic ;;;;vol 15;1986
;utgoff p e ;machine learning of inductive bias ;;;;1510;;;;;;kluwer academic publishers ;;;;32;1986
;utgoff p e ;machine learning of inductive bias ;;;;1511;;;;;;kluwer academic publishers ;;;;32;1986
boston ma ;p utgoff ;machine learning of inductive bias ;;;;1512;;;;;;kluwer academic publishers ;;;;;1986
;utgoff p ;machine learning of inductive bias ;;;;1513;;;;kluwer international series in engineering and computer science ;6;kluwer academic ;;;;vol 15;1986
;utgoff p e ;machine learning of inductive bias ;;;;1514;;;;;;kluwer academic publishers ;;;;35;1986
;utgoff p e ;machine learning of inductive bias ;;;;1515;;;;;;kluwer academic publishers ;;;;35;1986
;utgoff p e ;machine learning of inductive bias ;;;;1516;;;;;;kluwer academic publishers ;;;;35;1986
;utgoff p ;machine learning of inductive bias ;;;;1517;;;;kluwer international series in engineering and computer science ;;kluwer academic ;;;;vol 15;1986
;p e utgoff ;machine learning of inductive bias ;;;;1518;;;;;;kluwer academic publishers ;;;;;1986
boston ma ;paul e utgoff ;machine learning of inductive bias ;;;;1519;;;;;;kluwer academc publisher ;;;;;1986
boston ma ;paul e utgoff ;machine learning of inductive bias ;;;;1520;;;;;;kluwer academc publisher ;;;;;1986
boston ma ;utgoff p e ;machine learning of inductive bias ;;;;1521;;;;;;kluwer academic ;;;;;1986
;p e utgoff ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell editors ;;1522;;;;this article was processed using the l a t e x macro package with llncs style;pages 107 148;morgan kaufmann ;;shift of bias for inductive concept learning ;;;1986
los altos ca ;utgoff p ;in machine learning an artificial intelligence approach ;;r michalski j carbonell and t mitchell eds ;;1523;;;;;pp 107 148;morgan kaufman ;;shift of bias for inductive learning ;;vol ii ;1986
los altos ca ;utgoff p ;in machine learning an artificial intelligence approach ;;r michalski j carbonell and t mitchell eds ;;1524;;;;;pp 107 148;morgan kaufman ;;shift of bias for inductive learning ;;vol ii ;1986
;utgoff p ;machine learning ii ;;in michalski r carbonell j and mitchell t editors ;;1525;;;;;pages 107 148;morgan kaufman ;;shift of bias for inductive concept learning ;;;1986
;utgoff p ;machine learning ii ;;in michalski r carbonell j and mitchell t editors ;;1526;;;;;pages 107 148;morgan kaufman ;;shift of bias for inductive concept learning ;;;1986
;utgoff p ;machine learning ii ;;in michalski r carbonell j and mitchell t editors ;;1527;;;;;pages 107 148;morgan kaufman ;;shift of bias for inductive concept learning ;;;1986
;utgoff p ;machine learning ii ;;in michalski r carbonell j and mitchell t editors ;;1528;;;;;pages 107 148;morgan kaufman ;;shift of bias for inductive concept learning ;;;1986
los altos ca ;p utgoff ;in machine learning an artificial intelligence approach ;;r michalski j carbonell and t mitchell eds ;;1529;;;;;pp 107 148;morgan kaufman ;;shift of bias for inductive learning ;;vol ii ;1986
los altos ca ;p utgoff ;in machine learning an artificial intelligence approach ;;r michalski j carbonell and t mitchell eds ;;1530;;;;;pp 107 148;morgan kaufman ;;shift of bias for inductive learning ;;vol ii ;1986
los altos ca ;utgoff p ;machine learning an ai approach ;;eds in michalski r carbonell j mitchell t ;;1531;;;;;pp 107 148;morgan kaufmann ;;shift of bias for inductive concept learning ;;vol ii ;1985
;utgoff p ;machine learning an artificial intelligence approach ;;in michalski r s carbonell j g mitchell t m eds ;;1532;;;;;pp 107 148;morgan kaufman ;;shift of bias for inductive concept learning ;;vol ii ;1986
;utgoff p ;machine learning an artificial intelligence approach ;;in michalski r s carbonell j g mitchell t m eds ;;1533;;;;;pp 107 148;morgan kaufman ;;shift of bias for inductive concept learning ;;vol ii ;1986
los altos ca ;utgoff p ;machine learning ;;in michalski r carbonell j and mitchell t editors ;;1534;;;;;pages 163 190;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ca ;utgoff p ;machine learning ;;in michalski r carbonell j and mitchell t editors ;;1535;;;;;pages 163 190;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ca ;utgoff p ;machine learning ;;in michalski r carbonell j and mitchell t editors ;;1536;;;;;pages 163 190;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ca ;utgoff p ;in machine learning ;;;;1537;;;;;;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ca ;utgoff p ;in machine learning ;;;;1538;;;;;;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ca ;utgoff p ;in machine learning ;;;;1539;;;;;;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ca ;utgoff p ;in machine learning ;;;;1540;;;;;;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ca ;utgoff p ;in machine learning ;;;;1541;;;;;;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ca ;utgoff p ;machine learning an artificial intelligence approach ;;;;1542;;;;;;morgan kauf mann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ca ;utgoff p ;machine learning an artificial intelligence approach ii ;;editors in michalski r carbonell j and mitchell t ;;1543;;;;;107 148;morgan kaufmann ;;shift of bias for inductive concept learning ;;;1986
;utgoff p e ;machine learning ;;in r s michalski j g carbonell t ;;1544;;;;;;;;shift of bias for inductive concept learning ;;;1986
san mateo ca ;utgoff p e ;machine learning an artificial intelligence approach ;;in michalski carbonell mitchell eds ;;1545;;;;;;morgan kaufmann ;;shift of bias for inductive concept learning ;;;1986
san mateo ca ;utgoff p e ;machine learning an artificial intelligence approach ;;in michalski carbonell mitchell eds ;;1546;;;;;;morgan kaufmann ;;shift of bias for inductive concept learning ;;;1986
san mateo ca ;utgoff p e ;;;in michalski carbonell mitchell eds ;;1547;;machine learning ;;;pp 107 148;morgan kaufmann ;;shift of bias for inductive concept learning ;;vol 2 chap 5;1986
san mateo ca ;utgoff p e ;;;in michalski carbonell mitchell eds ;;1548;;machine learning ;;;pp 107 148;morgan kaufmann ;;shift of bias for inductive concept learning ;;vol 2 chap 5;1986
los altos ca ;utgoff p e ;machine learning an artificial intelligence approach ;;in michalski r carbonell j mitchell t eds ;;1549;;;;;pp 107 148;morgan kaufmann ;;shift of bias for inductive concept learning ;;vol ii ;1986
los altos ca ;utgoff p e ;machine learning an artificial intelligence approach ;;in michalski r carbonell j mitchell t eds ;;1550;;;;;pp 107 148;morgan kaufmann ;;shift of bias for inductive concept learning ;;vol ii ;1986
los altos ca ;utgoff p e ;machine learning an artificial intelligence approach ;;in michalski r carbonell j mitchell t eds ;;1551;;;;;pp 107 148;morgan kaufmann ;;shift of bias for inductive concept learning ;;vol ii ;1986
;utgoff p e ;;;in r s michalski j g ;;1552;;;;;;;;shift of bias for inductive concept learning ;;;1986
;utgoff p e ;in machine learning an artificial intelligence approach ;;eds r ;;1553;;;;;;;;shift of bias for inductive concept learning ;;volume ii ;1986
;utgoff p e ;in machine learning an artificial intelligence approach ;;eds r ;;1554;;;;;;;;shift of bias for inductive concept learning ;;volume ii ;1986
;utgoff p ;in machine learning an artificial intelligence approach;;michalski r s carbonell j g and mitchell t m eds ;;1555;;;;;;morgan kaufmann publishers ;;shift of bias for inductive concept learning ;;vol ii ;
;utgoff p e ;;;in j g carbonell r s ;;1556;;;;;;;;shift of bias for inductive concept learning ;;;1986
los altos ca ;utgoff p e ;machine learning an artificial intelligence approach ;;j g carbonell and t m mitchell eds r s michalski eds ;;1557;;;;;;morgan kaufmann ;;shift of bias for inductive learning ;;vol ii ;1986
;utgoff paul e ;;;in r t michalski j carbonell ;;1558;;;;;;;;shift of bias for inductive concept learning ;;;1986
;p e utgoff ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell editors ;;1559;;;;;;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume ii ;1986
;p e utgoff ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell editors ;;1560;;;;;;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume ii ;1986
;p e utgoff ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell editors ;;1561;;;;;;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume ii ;1986
;utgoff p e ;machine learning an artificial intelligence approach ;;in michalski r s carbonell j g and t m mitchell ;;1562;;;;;107 148;morgan kaufmann publishers ;;shift of bias of induc tive concept learning ;;vol ii ;1986
;utgoff p e ;machine learning an artificial intelligence approach ;;in michalski r s carbonell j g and t m mitchell ;;1563;;;;;107 148;morgan kaufmann publishers ;;shift of bias of inductive concept learning ;;vol ii ;1986
;utgoff p e ;machine learning an artificial intelligence approach ;;in michalski r s carbonell j g and t m mitchell ;;1564;;;;;107 148;morgan kaufmann publishers ;;shift of bias of inductive concept learning ;;vol ii ;1986
;utgoff p e ;machine learning an artificial intelligence approach ;;in michalski r s carbonell j g and t m mitchell ;;1565;;;;;107 148;morgan kaufmann publishers ;;shift of bias of inductive concept learning ;;vol ii ;1986
;utgoff p e ;machine learning an artificial intelligence approach ;;in michalski r s carbonell j g and t m mitchell ;;1566;;;;;107 148;morgan kaufmann publishers ;;shift of bias of inductive concept learning ;;vol ii ;1986
;p e utgoff ;in machine learning;;;;1567;;;;;;morgan kaufman ;;shift of bias for inductive concept learning ;;ii ;1986
palo alto ca ;p utgoff ;machine learning an artificial intelligence approach 2 springer verlag;;in r s mickalski j g carbonell and t m mitchell eds ;;1568;;;;;107 149;;;shift of bias for inductive concept learning ;;;1986
palo alto ca ;p utgoff ;machine learning an artificial intelligence approach 2 springer verlag;;in r s mickalski j g carbonell and t m mitchell eds ;;1569;;;;;107 149;;;shift of bias for inductive concept learning ;;;1986
san mateo ca usa ;p utgoff ;in machine learning an artificial intelligence approach ;;;;1570;;;;;;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume iii ;1986
los altos ;utgoff p ;machine learning an artificial intelligence approach ;;in r michal ski j carbonell and t mitchell eds ;;1571;;;;;pp 107 148;morgan kaufmann ;;shift of bias for inductive concept learning ;;vol ii;1986
los altos ca ;p e utgoff ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell editors ;;1572;;;;;pages 107 148;morgan kaufmann ;;shift of bias for inductive concept learning ;;10;1986
los altos ca ;p utgoff ;in machine learning ;;;;1573;;;;;;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ca ;p utgoff ;;;in r michalski j carbonell and t mitchell editors ;;1574;;machine learning ;;;pages 163 190;morgan kauf mann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ca ;p utgoff ;;;in r michalski j carbonell and t mitchell editors ;;1575;;machine learning ;;;pages 163 190;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ca ;p utgoff ;;;in r michalski j carbonell and t mitchell editors ;;1576;;machine learning ;;;pages 163 190;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ca ;p utgoff ;;;in r michalski j carbonell and t mitchell editors ;;1577;;machine learning ;;;pages 163 190;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ;utgoff p ;machine learning an artificial intelligence approach ;;in r michal ski j carbonell and t mitchell eds ;;1578;;;;;pp 107 148;morgan kaufmann ;;shift of bias for inductive concept learning ;;vol ii;1986
;p e utgoff ;machine learning an artificial intelligence approach;;in r s michalski j g carbonell and t m mitchell editors ;;1579;;;;;;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume 2;1986
los altos ca ;utgoff paul e ;machine learning an artificial intelligence approach ;;in michalski ryszard s car bonell jaime g and mitchell tom m editors ;;1580;;;;;pages 107 148;morgan kauf mann ;;shift of bias for inductive concept learning ;;volume ii ;
los altos ca ;utgoff paul e ;machine learning an artificial intelligence approach ;;in michalski ryszard s carbonell jaime g and mitchell tom m editors ;;1581;;;;;pages 107 148;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume ii ;1986
los altos ca ;utgoff paul e ;machine learning an artificial intelligence approach ;;in michalski ryszard s carbonell jaime g and mitchell tom m editors ;;1582;;;;;pages 107 148;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume ii ;1986
;p e ;in machine learning an artificial intelligence approach ;;;;1583;;;;;;morgan kaufmann ;;utgoff shift of bias for inductive concept learning;;;1986
;p e ;in machine learning an artificial intelligence approach ;;;;1584;;;;;;morgan kaufmann ;;utgoff shift of bias for inductive concept learning;;;1986
los altos ca ;utgoff p e ;machine learning an artificial intelligence approach ;;in r s michalski j g carbonell and t m mitchell ed ;;1585;;;;;pp 107 148;morgan kaufmann ;;shift of bias for inductive concept learning ;;volume ii ;1986
los altos ca ;p utgoff ;;;in r s michalshi j g carbonell and t m mitchell editors ;;1586;;machine learning ;;;page 107;morgan kaufman ;;shift of bias for inductive concept learning ;;;1986
los altos ca ;p utgoff ;;;in r s michalshi j g carbonell and t m mitchell editors ;;1587;;machine learning ;;;page 107;morgan kaufman ;;shift of bias for inductive concept learning ;;;1986
los altos ca ;p utgoff ;;;in r s michalshi j g carbonell and t m mitchell editors ;;1588;;machine learning ;;;page 107;morgan kaufman ;;shift of bias for inductive concept learning ;;;1986
"""
CLUSTERS_1424 = [
    range(1424, 1434), range(1435, 1445), range(1445, 1459), range(1459, 1469), range(1469, 1478), range(1480, 1482),
    range(1485, 1489), [1491, 1493, 1494, 1495, 1496], range(1497, 1522), range(1522, 1589),
]


def hpi_csv(rows: str) -> str:
    """HPI's CSV text of rows kept without `authors_original`: the header and each row with its authors twice."""
    lines = []
    for line in rows.strip("\n").split("\n"):
        address, authors, rest = line.split(";", 2)
        lines.append(";".join([address, authors, authors, rest]))
    return "\n".join([HPI_HEADER, *lines]) + "\n"


def cluster_in(clusters: list, record: int) -> int:
    """The cluster (its first record) a record belongs to, of those listed (a chunk's CLUSTERS_...)."""
    return next((min(members) for members in clusters if record in members), record)

# Records 579-688 of HPI's cora.csv, kept as HPI_1278 is: the first half of the copies of Aha, Kibler and Albert's
# "instance based learning algorithms" (Cora's largest cluster, 238 records: most of its pairs), after a paper of
# theirs (579) and a draft of this one (580), which Cora keeps apart. A third held-out check, 2026-12-02.
HPI_579 = r"""
dtroit mi ;d aha and d kibler ;in proceedings of ijcai 89;;;;579;;;;;pages 794 799;morgan kaufmann ;;noise tolerant instance based learning algorithms ;;;1989
;aha d w kibler d albert m k ;;;;;580;;;;draft submission to machine learning ;;;;instance based learning algorithms ;;;1990
;aha d w kibler d and albert m k;;;;;581;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol 6;1991
;aha d w kibler d and albert m k ;;;;;582;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol 6;1991
;aha d w kibler d albert m ;;;;;583;;machine learning ;;;37 66;;;instance based learning algorithms ;;7;1991
;aha d w kibler e albert m k ;;;;;584;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;585;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;6;1991
;d aha d kibler and m albert ;;;;;586;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d aha d kibler and m albert ;;;;;587;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;588;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;589;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w d kibler and m k albert ;;;;;590;;machine learning ;;;pp 37 66;;; instance based learning algorithms ;;vol 6;1991
;aha d w kibler d albert m k ;;;;;591;;machine learning 6 1;;;37 66;;;instance based learning algorithms ;;;1991
;aha d w kibler d albert m k ;;;;;592;;machine learning 6 1;;;37 66;;;instance based learning algorithms ;;;1991
;aha d w kibler d albert m k ;;;;;593;;machine learning 6 1;;;pp 37 66;;;instance based learning algorithms ;;;1991
;aha d w kibler d albert m k ;;;;;594;;machine learning 6 1;;;pp 37 66;;;instance based learning algorithms ;;;1991
;aha d w kibler d albert m k ;;;;;595;;machine learning 6 1;;;pp 37 66;;;instance based learning algorithms ;;;1991
;aha d w kibler d albert m k ;;;;;596;;machine learning 6 1;;;pp 37 66;;;instance based learning algorithms ;;;1991
;aha d w kibler d albert m ;;;;;597;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d albert m ;;;;;598;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d albert m ;;;;;599;;machine learning ;;;;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d albert m ;;;;;600;;machine learning ;;;;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d albert m ;;;;;601;;machine learning ;;;37 66;;;instance based learning algorithms ;;7;1991
;aha d w kibler d albert m ;;;;;602;;machine learning ;;;37 66;;; instance based learning algorithms ;;7;1991
;aha d w kibler d albert m ;;;;;603;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991b
;aha d w kibler d albert m k ;;;;;604;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;605;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;606;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;607;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;608;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;609;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;610;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;611;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;612;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;613;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;614;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;615;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;616;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;617;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;618;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;619;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;620;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;621;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;622;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;623;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;624;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;625;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;626;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;627;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;628;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;629;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;630;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;631;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;632;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;633;;machine learning;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d and albert m k ;;;;;634;;machine learning;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d kibler d and albert m k;;;;;635;;machine learning;;;pp 37 66;;;instance based learning ;;6 1;1991
boston ma ;aha d kibler d albert m ;;;;;636;;machine learning ;;;pp 37 66;kluwer publishers ;;instance based learning algorithms ;;volume 6;1991
boston ma ;aha d kibler d albert m ;;;;;637;;machine learning ;;;pp 37 66;kluwer publishers ;;instance based learning algorithms ;;volume 6;1991
;aha d kibler d albert m ;;;;;638;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
boston ma ;aha d kibler d and albert m ;;;;;639;;machine learning ;;;pp 37 66;kluwer publishers ;;instance based learning algorithms ;;volume 6;1991
boston ;aha d kibler d albert m;;;;;640;;machine learning;;;pp 37 66;kluwer academic publishers ;;instance based learning algorithms ;;v 6;1991
;aha d kibler d albert m ;;;;;641;;machine learning;;;pp 37 66;;;instance based learning algorithms ;;6 1;1991
;aha d kibler d albert m ;;;;;642;;machine learning;;;pp 37 66;;;instance based learning algorithms ;;6 1;1991
;aha d kibler d albert m ;;;;;643;;machine learning;;;pp 37 66;;;instance based learning algorithms ;;6 1;1991
;aha d kibler d albert m ;;;;;644;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d kibler d albert m ;;;;;645;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d kibler d albert m ;;;;;646;;machine learning ;;;37 66;;;instance based learning algorithms ;;7;1991
;aha d kibler d and albert m ;;;;;647;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d kibler d and albert m ;;;;;648;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;7;1991
;aha d kibler d and albert m ;;;;;649;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;7;1991
;aha d w d kibler albert m k ;;;;;650;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;6;1991
;aha d w d kibler albert m k ;;;;;651;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;652;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;653;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;654;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;655;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha david w dennis kibler albert marc k ;;;;;656;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;6;1991
;aha david w dennis kibler marc k albert ;;;;;657;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol 6;1991
;aha david w dennis kibler marc k albert ;;;;;658;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol 6;1991
;aha david w dennis kibler marc k albert ;;;;;659;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol 6;1991
;aha david w dennis kibler marc k albert ;;;;;660;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;6;1991
;aha david w dennis kibler and marc k albert ;;;;;661;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol6;1991
;aha david w dennis kibler and marc k albert ;;;;;662;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol 6;1991
;aha david w dennis kibler and marc k albert ;;;;;663;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol 6;1991
;aha david w kibler dennis albert marc k ;;;;;664;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d aha d kibler and m albert ;;;;;665;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol 6;1991
;aha d w kibler d albert m k ;;;;;666;;machine learning ;;;37 66;;;instance based learning methods ;;6;1991
;aha d w kibler d albert m k ;;;;;667;;machine learning ;;;37 66;;;instance based learning methods ;;6;1991
;aha d w kibler d albert m k ;;;;;668;;machine learning ;;;37 66;;;instance based learning methods ;;6;1991
;aha d d kibler albert m ;;;;;669;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;d aha d kibler and m albert ;;;;;670;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d aha d kibler and m albert ;;;;;671;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol 6;1991
;d aha d kibler and m albert ;;;;;672;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol 6;1991
;aha d kibler d and albert m ;;;;;673;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert ;;;;;674;;machine learning ;;;37 66;;;m k instance based learning algorithms ;;6;1991
;aha d w kibler d and albert ;;;;;675;;machine learning ;;;37 66;;;m k instance based learning algorithms ;;6;1991
;aha d w kibler d and albert ;;;;;676;;machine learning ;;;37 66;;;m k instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;677;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;678;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d aha d kibler and m albert ;;;;;679;;machine learning ;;;;;;instance based learning algorithms ;;vol 6;1991
;d aha d kibler and m albert ;;;;;680;;machine learning ;;;;;;instance based learning algorithms ;;vol 6 no 1;1991
;d aha d kibler and m albert ;;;;;681;;machine learning ;;;;;;instance based learning algorithms ;;vol 6 no 1;1991
;d aha d kibler and m albert ;;;;;682;;machine learning ;;;;;;instance based learning algorithms ;;vol 6 no 1;1991
;d w aha d kibler and m k albert ;;;;;683;;machine learning ;;;;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;684;;machine learning ;;;37 66;;; instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;685;;machine learning ;;;;;;instance based learning algorithms ;;6;1991
;aha david w dennis kibler marc k albert ;;;;;686;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol 6;1991
;aha david w dennis kibler marc k albert ;;;;;687;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol 6;1991
"""
CLUSTERS_579 = [range(581, 688)]

# Records 798-882 of HPI's cora.csv, kept as HPI_1278 is: Pazzani and Kibler's "the utility of knowledge in inductive
# learning" cited 52 ways (some "background", "prior" knowledge, "the role of"), and Kibler's other papers (one title
# at IJCAI 89 and at AAAI 91, two papers to Cora). Read last, 2026-12-02, and measured only: nothing was changed
# on what it showed.
HPI_798 = r"""
;michael pazzani and dennis kibler ;;;;;798;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;m pazzani d kibler ;;;;;799;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;800;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1991
;pazzani m and kibler d ;;;;;801;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1991
boston ma ;pazzani m kibler d ;;;;;802;;machine learning;;;1;kluwer academic publishers ;;the utility of knowledge in inductive learning ;;v 9;1992
;pazzani m j kibler d ;;;;;803;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m j kibler d ;;;;;804;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m j kibler d ;;;;;805;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
boston ma ;pazzani m j kibler d ;;;;;806;;machine learning ;;;1;kluwer academic publishers ;;the utility of knowledge in inductive learning ;;volume 9;1992
;pazzani m kibler d ;;;;;807;;machine learning ;;;;;;the role of prior knowledge in inductive learning ;;;1992
;pazzani m kibler d ;;;;;808;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;809;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;810;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;811;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;812;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;813;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m kibler d ;;;;;814;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m kibler d ;;;;;815;;machine learning ;;;;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m kibler d ;;;;;816;;machine learning ;;;;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m kibler d ;;;;;817;;machine learning ;;;;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m kibler d ;;;;;818;;machine learning ;;;;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m kibler d ;;;;;819;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;820;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;821;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;822;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;823;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;824;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;825;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;826;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;827;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;828;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;829;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;830;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;831;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;832;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;833;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;834;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;835;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;836;;machine learning ;;;57 94;;;the utility of prior knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;837;;machine learning ;;;57 94;;;the utility of prior knowledge in inductive learning ;;9;1992
;pazzani michael and kibler dennis 1992;;;;;838;;machine learning 9 1;;;;;;the utility of knowledge in inductive learning ;;;
;pazzani m j and kibler d ;;;;;839;;ma chine learning ;;;pp 54 97;;;the role of prior knowledge in inductive learning ;;vol 9 1992;
;m pazzani and d kibler ;;;;;840;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;m pazzani and d kibler ;;;;;841;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;m pazzani and d kibler ;;;;;842;;machine learning ;;;pp 57 94;;;the utility of knowledge in inductive learning ;;vol 9;1991
;m pazzani and d kibler ;;;;;843;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;michael pazzani and dennis kibler ;;;;;844;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;m pazzani and d kibler ;;;;;845;;machine learning ;;;pp 57 94;;;the utility of knowledge in inductive learning ;;vol 9;1992
;m pazzani and d kibler ;;;;;846;;machine learning ;;;pp 57 94;;;the utility of knowledge in inductive learning ;;vol 9;1992
;michael pazzani and dennis kibler ;;;;;847;;machine learning journal ;;;;;;the utility of knowledge in inductive learning ;;;1992
;m pazzani and d kibler ;;;;;848;;machine learning ;;;;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m and kibler d ;;;;;849;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1991
;porter b w kibler d f ;;;;;850;;machine learning ;;;249 286;;;experimental goal regression a method for learning problem solving heuristics ;;1;1986
;porter b w kibler d f ;;;;;851;;machine learning ;;;249 286;;;experimental goal regression a method for learning problem solving heuristics ;;1;1986
;porter b w kibler d f ;;;;;852;;machine learning ;;;249 285;;;experimental goal regression a method for learning problem solving ;;1 3;1986
;porter b w kibler d f ;;;;;853;;machine learning ;;;249 285;;;experimental goal regression a method for learning problem solving ;;1 3;1986
;porter b w kibler d f ;;;;;854;;machine learning ;;;249 285;;;experimental goal regression a method for learning problem solving ;;1 3;1986
;d ruby and d kibler ;in proceedings of ijcai 89;;;;855;;;;;pages 609 614;;;learning subgoal sequences for planning ;;;1989
detroit mi ;ruby d kibler d ;proceedings of the eleventh international joint conference on artificial intelligence ;;;;856;;;;;pp609 614;morgan kauf mann ;;learning subgoal sequences for planning ;;;1989
;ruby d kibler d ;in proceedings of aaai 91;;;;857;;;;;;aaai press ;;learning subgoal sequences for planning ;;;1991
;ruby d kibler d ;in proceedings of aaai 91;;;;858;;;;;;aaai press ;;learning subgoal sequences for planning ;;;1991
;ruby d kibler d ;in proceedings of aaai 91;;;;859;;;;;;aaai press ;;learning subgoal sequences for planning ;;;1991
menlo park ca ;ruby d kibler d ;in proceedings of the ninth national conference on artificial intelligence ;;;;860;;;;;;aaai press the mit press ;;steppingstone an empirical and analytical evaluation ;;;1991
los altos ca ;ruby d kibler d ;proceedings of the ninth national conference on artificial intelligence ;;;;861;;;;;;morgan kaufmann ;;steppingstone an empirical and analytical evaluation ;;;1991
;ruby d and kibler d ;in machine learning proceedings of the ninth international workshop ml92;;;;862;;;;;379 384;;;learning episodes for optimization ;;;1992
;david ruby and dennis kibler ;in machine learning proceedings of the ninth international workshop ml92;;;;863;;;;;pages 379 384;;;learning episodes for optimization ;;;1992
;david ruby and dennis kibler ;in machine learning proceedings of the ninth international workshop ml92;;;;864;;;;;pages 379 384;;;learning episodes for optimization ;;;1992
;david ruby and dennis kibler ;in machine learning proceedings of the ninth international workshop ml92;;;;865;;;;;pages 379 384;;;learning episodes for optimization ;;;1992
;rudy d kibler d ;proceedings of the ninth international conference on machine learning ;;;;866;;;;;;morgan kaufmann ;;learning episodes for optimization ;;;1992
;suzanne skiblics edward j klimas and david a thomas ;;;;;867;;;;;;prentice hall ;;smalltalk with style ;;;1996
;t a standish d c harriman d f kibler and j m neighbors ;;;;;868;department of information and computer science university of california irvine ;;january;;;;;the irvine program transformation catalogue ;;;1976
;townsend webber t kibler d ;aaai workshop on case based reasoning ;;;;869;;;;;;;;instance based prediction of continuous values ;;;1994
seattle wa ;townsend weber t kibler d ;proceedings of the 1994 aaai workshop on case based reasoning;;;;870;;;;;pp 30 35;aaai ;;instance based prediction of continuous values ;;;1994
seattle wa ;townsend weber t kibler d ;proceedings of the 1994 aaai workshop on case based reasoning;;;;871;;;;;pp 30 35;aaai ;;instance based prediction of continuous values ;;;1994
seattle wa ;townsend weber t kibler d ;working notes of the aaai94 workshop on case based reasoning;;;;872;;;;;pp 30 35;aaai press ;;instance based prediction of continuous values ;;;1994
seattle wa ;townsend weber t kibler d ;working notes of the aaai94 workshop on case based reasoning;;;;873;;;;;pp 30 35;aaai press ;;instance based prediction of continuous values ;;;1994
seattle wa ;townsend weber t kibler d ;working notes of the aaai94 workshop on case based reasoning;;;;874;;;;;pp 30 35;aaai press ;;instance based prediction of continuous values ;;;1994
seattle wa ;townsend weber t kibler d ;working notes of the aaai94 workshop on case based reasoning;;;;875;;;;;pp 30 35;aaai press ;;instance based prediction of continuous values ;;;1994
seattle wa ;townsend weber t kibler d ;working notes of the aaai94 workshop on case based reasoning;;;;876;;;;;pp 30 35;aaai press ;;instance based prediction of continuous values ;;;1994
seattle wa ;townsend weber t kibler d ;working notes of the aaai94 workshop on case based reasoning;;;;877;;;;;pp 30 35;aaai press ;;instance based prediction of continuous values ;;;1994
menlo park ca ;townsend weber t kibler d ;case based reasoning papers from the 1994 workshop;;in d w aha ed ;;878;;;;;;aaai press ;;instance based prediction of continuous values ;technical report ws 94 01;;1994
menlo park ca ;townsend weber t kibler d ;case based reasoning papers from the 1994 workshop;;in d w aha ed ;;879;;;;;;aaai press ;;instance based prediction of continuous values ;technical report ws 94 01;;1994
u c irvine ca ;aha d and kibler d ;in proceedings of the fourth international conference on machine learning ;;;;880;;;;;pages 24 30;morgan kaufmann ;;learning representative exemplars of concepts an initial case study ;;;1987
u c irvine ca ;aha d and kibler d ;in proceedings of the fourth international conference on machine learning ;;;;881;;;;;pages 24 30;morgan kaufmann ;;learning representative exemplars of concepts an initial case study ;;;1987
u c irvine ca ;aha d and kibler d ;in proceedings of the fourth international conference on machine learning ;;;;882;;;;;pages 24 30;morgan kaufmann ;;learning representative exemplars of concepts an initial case study ;;;1987
"""
CLUSTERS_798 = [
    range(798, 850), range(850, 855), range(855, 857), range(857, 860), range(860, 862), range(862, 867), range(869, 880), range(880, 883),
]

# Records 890-986 of HPI's cora.csv, kept as HPI_1278 is: the second half of "instance based learning algorithms"'s
# copies, and one of Aha and Kibler's "noise tolerant ..." (969), which Cora keeps apart. Read after the session's
# fixes, 2026-12-02, and measured only.
HPI_890 = r"""
;d aha d kibler and m albert ;;;;;890;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d aha d kibler and m albert ;;;;;891;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d aha d kibler and m albert ;;;;;892;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;893;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;894;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;david w aha dennis kibler and mark k albert ;;;;;895;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;david w aha dennis kibler and mark k albert ;;;;;896;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w d kibler and m albert ;;;;;897;;machine learning ;;;37 66;;;instance based learning algorithms ;;7;1991
;aha d w d kibler and m k albert ;;;;;898;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w d kibler and m k albert ;;;;;899;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;900;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;901;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;902;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;903;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;904;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d and albert m k ;;;;;905;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d and albert m k ;;;;;906;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d and albert m k ;;;;;907;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;908;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d and albert m k ;;;;;909;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d and albert m k ;;;;;910;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d and albert m k ;;;;;911;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;912;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;913;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;914;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;915;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;916;;machine learning;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d and albert m k ;;;;;917;;machine learning;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d and albert m k ;;;;;918;;machine learning;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d and albert m k ;;;;;919;;mac hine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d d kibler and m albert ;;;;;920;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d kibler d and albert m ;;;;;921;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d kibler d albert m ;;;;;922;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d kibler d albert m ;;;;;923;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d kibler d albert m ;;;;;924;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d kibler d albert m ;;;;;925;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d kibler d and albert m ;;;;;926;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d kibler d and albert m ;;;;;927;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d kibler d and albert m ;;;;;928;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d kibler d and albert m ;;;;;929;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d kibler d and albert m ;;;;;930;;machine learning ;;;37 66;;;instance based learning algorithms ;;7;1991
;aha d kibler d and albert m ;;;;;931;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d kibler d and albert m ;;;;;932;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;933;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d albert m k ;;;;;934;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;935;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler m k albert ;;;;;936;;machine learning;;;37 66;;;1991 instance based learning algorithms;;6 1;
;d w aha d kibler m k albert ;;;;;937;;machine learning;;;37 66;;;instance based learning algorithms ;;6 1;1991
;david w aha dennis kibler and m k albert ;;;;;938;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d kibler d and albert m ;;;;;939;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;940;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d w kibler d and albert m k ;;;;;941;;machine learning;;;37 66;;;instance based learning algorithms ;;6;1991
;d aha d kibler and m albert ;;;;;942;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;943;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d aha d kibler and m albert ;;;;;944;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d aha d kibler and m albert ;;;;;945;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;946;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;947;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;948;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;949;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;950;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;951;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;952;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;953;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;954;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;955;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;956;;machine learning ;;;37 66;;;instancebased learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;957;;machine learning ;january;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;958;;machine learning ;january;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;959;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;david w aha dennis kibler and marc k albert ;;;;;960;;machine learning ;january;;37 66;;;instance based learning algorithms ;;6 1;1991
;david w aha dennis kibler and marc k albert ;;;;;961;;machine learning ;january;;37 66;;;instance based learning algorithms ;;6 1;1991
;david w aha dennis kibler and marc k albert ;;;;;962;;machine learning ;january;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m albert ;;;;;963;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;964;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;965;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;966;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;967;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert;;;;;968;;machine learning ;;;37 66;;; instance based learning algorithms ;;6;1991
;d aha and d kibler ;;;;;969;;machine learning ;;;794 799;;;noise tolerant instance based learning algorithms ;;8;1991
;d w aha d kibler and m k albert ;;;;;970;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;971;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;972;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;973;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;974;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;david w aha dennis kibler and marc k albert ;;;;;975;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;976;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d aha d kibler and m albert ;;;;;977;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and j k albert ;;;;;978;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;979;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;980;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;981;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;982;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;983;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d w aha d kibler and m k albert ;;;;;984;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;david w aha dennis kibler and marc k albert ;;;;;985;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;david w aha dennis kibler and marc k albert ;;;;;986;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
"""
CLUSTERS_890 = [[n for n in range(890, 987) if n != 969]]

# Records 1589-1727 of HPI's cora.csv, kept as HPI_1278 is: Utgoff's papers of 1987-1990, among them ID5 written
# three ways ("id5 an incremental id3", "id5r ...", "an incremental id3" with "id5" among the authors) and
# "perceptron trees ...", which Cora labels twice: the AAAI 1988 paper and its Connection Science article. A sixth
# held-out check, 2026-12-02 (measured before anything was changed for it).
HPI_1589 = r"""
irvine ca ;utgoff p e saxena s ;proceedings of the fourth international workshop on machine learning;;;;1589;;;;;pp 115 121;morgan kauf mann ;;learning a preference predicate ;;;1987
;utgoff p and saxena s ;in proceedings of the fourth international workshop on machine learning ;;;;1590;;;;;115 121;;;learning a preference predicate ;;;1987
;p utgoff and s saxena ;proceedings of the 4th international conference on machine learning;;;;1591;;;;;pp 115 121;;;learning a preference predicate ;;;1987
;utgoff p and saxena s ;in proceedings of the fourth international workshop on machine learning ;;;;1592;;;;;pages 115 121;;;learning a preference predicate ;;;1987
stanford california ;utgoff p e and p s heitman ;in proceedings of the aaai 1988 spring symposium series computer game playing;;;;1593;;;;;36 40;;;learning and generalizing move selection preferences ;;;1988
ann harbour ;utgoff p e ;in proc of 5th international workshop on machine learning j;;laird ed ;;1594;;;;;;morgan kaufmann inc ;;id5 an incremental id3;;;1988
ann harbour ;utgoff p e ;in proc of 5th international workshop on machine learning j;;laird ed ;;1595;;;;;;morgan kaufmann inc ;;id5 an incremental id3;;;1988
ann arbor michigan ;utgoff p ;proceedings of the fifth international conference on machine learning;;;;1596;;;;;pp 107 120;morgan kaufmann ;;id5r an incremental id3;;27;1988
ann arbor michigan ;utgoff p ;proceedings of the fifth international conference on machine learning;;;;1597;;;;;pp 107 120;morgan kaufmann ;;id5r an incremental id3;;28;1988
;utgoff p ;in proceedings of the fifth international conference on machine learning ;;;;1598;;;;;107 120;;;id5 an incremental id3;;;1988
;utgoff p ;in proceedings of the fifth international conference on machine learning ;;;;1599;;;;;107 120;;;id5 an incremental id3;;;1988
;utgoff p ;in proceedings of the fifth international conference on machine learning ;;;;1600;;;;;107 120;;;id5 an incremental id3;;;1988
;utgoff p ;in proceedings of the fifth international conference on machine learning ;;;;1601;;;;;107 120;;;id5 an incremental id3;;;1988
;utgoff p e ;in proceedings of the fifth national conference on machine learning ;;;;1602;;;;;;;;an incremental id3;;;1988
ann arbor mi ;utgoff p e ;in proceedings of the fifth international conference on machine learning;;;;1603;;;;;pp 107 120;morgan kaufmann ;;id5 an incremental id3;;;1988a
ann arbor mi ;utgoff p e ;in proceedings of the fifth international conference on machine learning;;;;1604;;;;;pp 107 120;morgan kaufmann ;;id5 an incremental id3;;;1988a
;p utgoff id5;in proceedings of the fifth international conference on machine learning ;;;;1605;;;;;pages 107 120;;;an incremental id3;;;1988
;p utgoff id5;in proc 5th intl conf mach learning;;;;1606;;;;;pages 107 120;morgan kaufmann ;;an incremental id3;;;1988
;p utgoff id5;in proc 5th intl conf mach learning;;;;1607;;;;;pages 107 120;morgan kaufmann ;;an incremental id3;;;1988
;p utgoff id5;in proc 5th intl conf mach learning;;;;1608;;;;;pages 107 120;morgan kaufmann ;;an incremental id3;;;1988
;utgoff p e ;in proc 5th int conf on machine learning ca;;j laird ed ;;1609;;;;;pp 107 120;kaufmann ;;id5 an incremental id3;;;1988
ca ;p e utgoff id5;proc 5th int conf on machine learning;;in j laird editor ;;1610;;;june;;pages 107 120;kaufmann ;;an incremental id3;;;1988
san mateo ca ;paul e utgoff id5;proceedings of the fifth international conference on machine learning ;june 1988;in john e laird editor ;;1611;;;;;pages 107 120;morgan kaufman ;;an incremental id3;;;
;p e utgoff ;in proceedings of the fifth national conference on machine learning ;;;;1612;;;;;;;;an incremental id3;;;1988
;utgoff p e id5;proceedings of the fifth national conference on machine learning ;;;;1613;university of michigan ;;june;;pp 107 120;;;an incremental id3;;;1988
san mateo ca ;p e utgoff id5;proceedings of the fifth international conference on machine learning ;;;;1614;;;;;107 120;morgan kaufmann ;;an incremental id3;;;
boston ma ;utgoff p ;proceedings of the seventh national conference on artificial intelligence;;;;1615;;;;morgan kaufmann appeared in machine learning proceedings of the eighth international workshop ml91;pp 601 606;;;perceptron trees a case study in hybrid concept representations ;;;1988
boston ma ;utgoff p ;proceedings of the seventh national conference on artificial intelligence;;;;1616;;;;morgan kaufmann appeared in machine learning proceedings of the eighth international workshop ml91;pp 601 606;;;perceptron trees a case study in hybrid concept representations ;;;1988
st paul mn ;utgoff p e ;proceedings of the seventh national conference on artificial intelligence;;;;1617;;;;;pp 601 606;morgan kaufmann ;;perceptron trees a case study in hybrid concept representations ;;;1988
st paul mn ;utgoff p e ;proceedings of the seventh national conference on artificial intelligence;;;;1618;;;;;pp 601 606;morgan kaufmann ;;perceptron trees a case study in hybrid concept representations ;;;1988
;utgoff p e ;proceedings of the seventh national conference on artificial intelligence ;;;;1619;;;;;pages 601 606;;;perceptron trees a case study in hybrid concept representations ;;;1988
st paul mn ;utgoff p e ;in proceedings of the seventh national conference on artificial intelligence;;;;1620;;;;;pp 601 606;morgan kaufmann ;;perceptron trees a case study in hybrid concept representations ;;;1988b
st paul mn ;utgoff p e ;in proceedings of the seventh national conference on artificial intelligence;;;;1621;;;;;pp 601 606;morgan kaufmann ;;perceptron trees a case study in hybrid concept representations ;;;1988b
san mateo ca ;utgoff p e ;in aaai 88 proceedings of the seventh national conference on artificial intelligence;;;;1622;;;;;601 6;morgan kaufmann ;;perceptron trees a case study in hybrid concept representation ;;;1988
;utgoff p e ;in proceedings of the seventh national conference on artificial intelligence ;;;;1623;;;;;601 606;morgan kaufmann ;;perceptron trees a case study in hybrid concept representation ;;;1988
;paul e utgoff ;;;;;1624;;connection science ;;;;;;perceptron trees a case study in hybrid concept representations ;;1 4;1990
san mateo ca ;utgoff p e ;in a a a i 8 8 proceedings of the seventh national conference on artificial intelligence;;;;1625;;;;;601 6;morgan kaufmann ;;perceptron trees a case study in hybrid concept representation ;;;1988
;paul e utgoff ;in proceedings of the seventh national conference on artificial intelligence ;;;;1626;;;;;pages 601 606;morgan kaufmann ;;perceptron trees a case study in hybrid concept representation ;;;1988
;paul e utgoff ;in proceedings of the seventh national conference on artificial intelligence ;;;;1627;;;;;pages 601 606;morgan kaufmann ;;perceptron trees a case study in hybrid concept representation ;;;1988
;p e utgoff ;;;;;1628;;machine learning ;;this article was processed using the l a t e x macro package with llncs style;161 186;;;incremental induction of decision trees ;;4;1989
;paul e utgoff ;;;;;1629;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;p utgoff;;;;;1630;;machine learning ;;;161 186;;; incremental induction of decision trees ;;vol 4;1989
;utgoff p e ;;;;;1631;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p ;;;;;1632;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4 2;1989
;utgoff p ;;;;;1633;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p ;;;;;1634;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p ;;;;;1635;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p ;;;;;1636;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p ;;;;;1637;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1638;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1639;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1640;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1641;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1642;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1643;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1644;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1645;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1646;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1647;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1648;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1649;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1650;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representa tions ;;1;1989
;utgoff p e ;;;;;1651;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989a
;utgoff p e ;;;;;1652;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989a
;utgoff p e ;;;;;1653;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989b
;utgoff p e ;;;;;1654;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989b
;utgoff p e ;machine learning;;;;1655;;;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;machine learning;;;;1656;;;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;machine learning;;;;1657;;;;;161 186;;;incremental induction of decision trees ;;4 2;1989
;utgoff p ;machine learning 4;;;;1658;;;;;161 186;;;incremental induction of decision trees ;;;1989
;utgoff p e ;machine learning;;;;1659;;;;;pp 161 186;;;1989 incremental induction of decision trees;;4 2;
;utgoff p e ;;;;;1660;;machine learning;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1661;pp 161 186;;;;;;;incremental decision tress machine learning ;vol 4;;1989
;utgoff p e ;;;;;1662;;machine learning;;;161 186;;;incremental induction of decision trees ;;4 2;1989
;p e utgoff ;;;;;1663;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1;1989
;p e utgoff ;;;;;1664;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1;1989
;p utgoff ;;;;;1665;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4 2;1989
;p utgoff ;;;;;1666;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4 2;1989
;p e utgoff ;;1989;;;1667;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;
;p e utgoff ;;;;;1668;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4 2;1989
;utgoff p ;;;;;1669;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p ;;;;;1670;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p ;;;;;1671;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;p e utgoff ;;;;;1672;;machine learning ;;;;;;incremental induction of decision trees ;;4;1989
;p e utgoff ;;1989;;;1673;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;
;paul e utgoff ;;;;;1674;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;paul e utgoff ;;;;;1675;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;paul e utgoff ;;;;;1676;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;paul e utgoff ;;;;;1677;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;paul e utgoff ;;;;;1678;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;paul e utgoff ;;;;;1679;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;paul e utgoff ;;;;;1680;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;paul e utgoff ;;;;;1681;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;paul e utgoff ;;;;;1682;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;paul e utgoff ;;;;;1683;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;p e utgoff ;;;;;1684;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;p e utgoff ;;;;;1685;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;p e utgoff ;;;;;1686;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;1989
;utgoff p e ;;;;;1687;;machine learning;;;161 186;;;incremental learning of decision trees ;;4;1989
;p e utgoff ;;;;;1688;;machine learning ;;;161 186;;;incremental induction of decision trees ;;4;
;p e utgoff ;in sixth international workshop on machine learning ;;;;1689;;;;;pages 362 365;;;improved training via incremental learning ;;;1989
;p e utgoff ;in sixth international workshop on machine learning ;;;;1690;;;;;pages 362 365;;;improved training via incremental learning ;;;1989
;p e utgoff ;proceedings of the sixth international workshop on machine learning ;;;;1691;;;;;pgs 62 65; morgan kaufmann ;;improved training via incremental learning ;;;1989
ithaca ny ;utgoff p e ;in proceedings of the sixth international workshop on machine learning;;;;1692;;;;;pp 362 365;morgan kaufmann ;;improved training via incremental learning ;;;1989a
ithaca ny ;utgoff p e ;in proceedings of the sixth international workshop on machine learning;;;;1693;;;;;pp 362 365;morgan kaufmann ;;improved training via incremental learning ;;;1989a
ithaca ny ;utgoff p e ;proceedings of the sixth international workshop on machine learning ;;;;1694;;;;;;morgan kaufmann ;;improved training via incremental learning ;;;1989a
ithaca ny ;utgoff p e ;proceedings of the sixth international workshop on machine learning ;;;;1695;;;;;;morgan kaufmann ;;improved training via incremental learning ;;;1989a
;utgoff paul e ;proc of the 6th int l workshop on machine learning;;;;1696;;;;;62 65;;;improved training via incremental learning ;;;1989
;utgoff paul e ;proc of the 6th int l workshop on machine learning;;;;1697;;;;;62 65;;;improved training via incremental learning ;;;1989
;paul e utgoff ;in sixth international workshop on machine learning ;;;;1698;;;;;pages 362 365;;;improved training via incremental learning ;;;1989
;utgoff p e ;;;;;1699;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representa tions ;;1;1989
;utgoff p e ;;;;;1700;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;utgoff p e ;;;;;1701;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;utgoff p e ;;;;;1702;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;utgoff p e ;;;;;1703;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;utgoff p e ;;;;;1704;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;utgoff p e ;;;;;1705;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;utgoff p e ;;;;;1706;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;utgoff p e ;;;;;1707;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1;1989
;utgoff p e ;;;;;1708;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1;1989
;utgoff p e ;;;;;1709;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1;1989
;utgoff p e ;;;;;1710;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1;1989b
;utgoff p e ;;;;;1711;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1;1989b
;utgoff p e ;;;;;1712;;connection science ;;;pp 337 391;;;perceptron trees a case study in hybrid concept representations ;;1;1989
;utgoff p e ;;;;;1713;;connection science ;;;pp 337 391;;;perceptron trees a case study in hybrid concept representations ;;1;1989
;utgoff p e ;;;;;1714;;connection science ;;;;;;perceptron trees a case study in hybrid concept representations ;;volume 1;1989
;utgoff p e ;;;;;1715;;connection science ;;;;;;perceptron trees a case study in hybrid concept representations ;;volume 1;1989
;paul e utgoff ;;;;;1716;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;paul e utgoff ;;;;;1717;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;paul e utgoff ;;;;;1718;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;paul e utgoff ;;;;;1719;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;paul e utgoff ;;;;;1720;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;paul e utgoff ;;;;;1721;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;paul e utgoff ;;;;;1722;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;paul e utgoff ;;;;;1723;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;paul e utgoff ;;;;;1724;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;p e utgoff ;;;;;1725;;connection science ;;;377 391;;;perceptron trees a case study in hybrid concept representations ;;1 4;1989
;utgoff p ;16 set curves set curves 17 set curves set curves 18 set curves set curves 19;;;;1726;;connection science ;;;;;;perceptron trees a case study in hybrid concept representation ;;;1989
;utgoff p ;connection science set curves set curves set curves set curves curves curves;;;;1727;;;;;;;;perceptron trees a case study in hybrid concept representation ;;;1989
"""
CLUSTERS_1589 = [
    range(1589, 1593), range(1594, 1615), [*range(1615, 1624), 1625, 1626, 1627],
    [1624, 1650, 1663, 1664, *range(1699, 1728)],
    [n for n in range(1628, 1689) if n not in (1650, 1663, 1664)], range(1689, 1699),
]

# Records 1728-1879 of HPI's cora.csv (its last), kept as HPI_1278 is: Utgoff's later papers and technical reports,
# among them "decision tree induction based on efficient tree restructuring", which Cora labels twice: the 1995
# technical report and the 1997 Machine Learning article. A seventh held-out check, 2026-12-02 (measured before
# anything was changed for it). Record 1853 is a copy of "shift of bias ..." (1522-1588): here on its own.
HPI_1728 = r"""
amherst ma university of massachusetts ;utgoff p e saxena s callan j p fawcett t e ;;;;;1728;department of computer and information science ;;;;;;;representation problems in machine learning a proposal ;coins technical report 89 23;;1989
;utgoff p e and brodley c e ;proceedings of the ninth national conference on artificial intelligence ;;;;1729;;;;;pages 58 65;;;an incre mental method for finding multivariate splits for decision trees ;;6;1990
austin tx ;utgoff p e and brodley c e ;in proceedings of the seventh international conference on machine learning;;;;1730;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
austin tx ;utgoff p e and brodley c e ;in proceedings of the seventh international conference on machine learning;;;;1731;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;utgoff p e brodley c e ;in proceedings of the seventh international conference on machine learning ;;;;1732;;;;;;;;an incremental method for finding mul tivariate splits for decision trees ;;;1990
austin tx ;utgoff p e brodley c e ;in proceedings of the seventh international conference on machine learning;;;;1733;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;utgoff p e brodley c e ;in proceedings of the seventh international conference on machine learning ;;;;1734;;;;;;;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;utgoff p e brodley c e ;in proceedings of the seventh international conference on machine learning ;;;;1735;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;utgoff p e brodley c e ;in proceedings of the seventh international conference on machine learning ;;;;1736;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;utgoff p e brodley c e ;in proceedings of the seventh international conference on machine learning ;;;;1737;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;utgoff p e brodley c e ;in proceedings of the seventh international conference on machine learning ;;;;1738;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;utgoff p e brodley c e ;in proceedings of the seventh international conference on machine learning ;;;;1739;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;utgoff p e brodley c e ;in proceedings of the seventh international conference on machine learning ;;;;1740;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;utgoff p e brodley c e ;in proceedings of the seventh international conference on machine learning ;;;;1741;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
austin tx ;utgoff p e brodley c e ;proceedings of the seventh international conference on machine learning;;;;1742;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
austin tx ;utgoff p e brodley c e ;proceedings of the seventh international conference on machine learning;;;;1743;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
austin tx ;utgoff p e brodley c e ;proceedings of the seventh international conference on machine learning;;;;1744;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
austin tx ;utgoff p e brodley c e ;proceedings of the seventh international conference on machine learning;;;;1745;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;14;1990
austin tx ;utgoff p e brodley c e ;proceedings of the seventh international conference on machine learning;;;;1746;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;14;1990
austin tx ;utgoff p e brodley c e ;proceedings of the seventh international conference on machine learning;;;;1747;;;;;pp 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
san francisco ;utgoff p e and brodley c e ;in proceedings 7th international conference on machine learning;;;;1748;;;;;58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;p utgoff and c brodley ;in proceedings of the seventh international conference on machine learning ;;;;1749;;;;;pages 56 65;morgan kaufmann ;;an incremental method for find multivariate splits for decision trees ;;;
los altos ca ;p utgoff and c brodley ;in proceedings of the seventh international conference on machine learning ;;;;1750;;;;;pages 56 65;morgan kaufmann ;;an incremental method for find multivariate splits for decision trees ;;;
university of texas austin texas ;p e utgoff and c e brodley ;in machine learning proceedings of the seventh international conference ;;;;1751;;;;;pages 58 65;;;an incremental method for finding mul tivariate splits for decision trees ;;;1990
los altos ca ;p e utgoff and c e brodley ;in proceedings of the seventh international conference on machine learning ;1990;;;1752;;;;;pages 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;16;
los altos ca ;p e utgoff and c e brodley ;in proceedings of the seventh international conference on machine learning ;;;;1753;;;;;pages 58 65;morgan kaufmann ;;an incremental method for finding multivariate splits for decision trees ;;16;1990
los altos ca ;paul e utgoff and carla e brodley ;in proceedings of the seventh international conference on machine learning ;;;;1754;;;;;pages 58 65;morgan kauf mann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;paul e utgoff and carla e brodley ;in proceedings of the seventh international conference on machine learning ;;;;1755;;;;;pages 58 65;morgan kauf mann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;paul e utgoff and carla e brodley ;in proceedings of the seventh international conference on machine learning ;;;;1756;;;;;pages 58 65;morgan kauf mann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;paul e utgoff and carla e brodley ;in proceedings of the seventh international conference on machine learning ;;;;1757;;;;;pages 58 65;morgan kauf mann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;paul e utgoff and carla e brodley ;in proceedings of the seventh international conference on machine learning ;;;;1758;;;;;pages 58 65;morgan kauf mann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;paul e utgoff and carla e brodley ;in proceedings of the seventh international conference on machine learning ;1990;;;1759;;;;;pages 58 65;morgan kauf mann ;;an incremental method for finding multivariate splits for decision trees ;;;
los altos ca ;paul e utgoff and carla e brodley ;in proceedings of the seventh international conference on machine learning ;;;;1760;;;;;pages 58 65;morgan kauf mann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;paul e utgoff and carla e brodley ;in proceedings of the seventh international conference on machine learning ;;;;1761;;;;;pages 58 65;morgan kauf mann ;;an incremental method for finding multivariate splits for decision trees ;;;1990
los altos ca ;paul e utgoff and carla e brodley ;in proceedings of the seventh international conference on machine learning ;1990;;;1762;;;;;pages 58 65;morgan kauf mann ;;an incremental method for finding multivariate splits for decision trees ;;;
anaheim ca ;utgoff p clouse j ;in proceedings of the ninth national conference on artificial intelligence ;;;;1763;;;;;pp 596 600;;;two kinds of training information for evaluation function learning ;;;1991
anaheim ca ;utgoff p clouse j ;in proceedings of the ninth national conference on artificial intelligence ;;;;1764;;;;;pp 596 600;;;two kinds of training information for evaluation function learning ;;;1991
anaheim ca ;utgoff p clouse j ;in proceedings of the ninth national conference on artificial intelligence ;;;;1765;;;;;pp 596 600;;;two kinds of training information for evaluation function learning ;;;1991
anaheim ca ;utgoff p clouse j ;in proceedings of the ninth national conference on artificial intelligence ;;;;1766;;;;;pp 596 600;;;two kinds of training information for evaluation function learning ;;;1991
san mateo ca ;utgoff p e clouse j a ;in proceedings of the ninth annual conference on artificial intelligence ;;;;1767;;;;;pages 596 600;morgan kaufmann ;;two kinds of training information for evaluation function learning ;;;1991
san mateo ca ;utgoff p e clouse j a ;in proceedings of the ninth annual conference on artificial intelligence ;;;;1768;;;;;pages 596 600;morgan kaufmann ;;two kinds of training information for evaluation function learning ;;;1991
anaheim ca ;utgoff p e clouse j a ;proceedings of the ninth national conference on artificial intelligence;;;;1769;;;;;pp 596 600;mit press ;;two kinds of training information for evaluation function learning ;;;1991
anaheim ca ;utgoff p e clouse j a ;proceedings of the ninth national conference on artificial intelligence;;;;1770;;;;;pp 596 600;mit press ;;two kinds of training information for evaluation function learning ;;;1991
anaheim ca ;utgoff p e clouse j a ;proceedings of the ninth national conference on artificial intelligence;;;;1771;;;;;pp 596 600;mit press ;;two kinds of training information for evaluation function learning ;;15;1991
anaheim ca ;utgoff p clouse j ;in proceedings of the ninth national conference on artificial intelligence ;;;;1772;;;;;596 600;;;two kinds of training information for evaluation function learning ;;;1991
anaheim ;utgoff p and clouse ;in proceedings of ninth national conference on artificial intelligence ;;;;1773;;;;;596 600;aaai press mit press ;;two kinds of training information for evaluation function learning ;;;1991
amherst ma ;utgoff p e and brodley c e ;;;;;1774;university of massachusetts ;;;;;;;linear machine decision trees ;technical report 10;;1991
amherst ma ;utgoff p e and brodley c e ;;;;;1775;university of massachusetts ;;;;;;;linear machine decision trees ;technical report 10;;1991
;p e utgoff and j a clouse ;in proceedings of the ninth national conference on artificial intelligence ;;;;1776;;;;;pages 596 600;;;two kinds of training information for evaluation function learning ;;;1991
;p utgoff and j clouse ;in proceedings of aaai ;;;;1777;;;;;;;;two kinds of training information for evaluation function learning ;;;1991
;p utgoff and j clouse ;in proceedings of aaai ;;;;1778;;;;;;;;two kinds of training information for evaluation function learning ;;;1991
san mateo ca ;p e utgoff and j a clouse ;in proceedings of the ninth annual conference on artificial intelligence ;1991;;;1779;;;;;pages 596 600;morgan kaufmann ;;two kinds of training information for evaluation function learning ;;;
san mateo ca ;p e utgoff and j a clouse ;in proceedings of the ninth annual conference on artificial intelligence ;1991;;;1780;;;;;pages 596 600;morgan kaufmann ;;two kinds of training information for evaluation function learning ;;;
;p utgoff and j clouse ;in proceeding of the ninth national conference on artificial intelligence aaai 91;;;;1781;;;;;;aaai press ;;two kinds of training information for evaluation function learning ;;;1991
san mateo ca ;p e utgoff and j a clouse ;in proceedings of the ninth annual conference on artificial intelligence ;1991;;;1782;;;;;pages 596 600;morgan kaufmann ;;two kinds of training information for evaluation function learning ;;;
san mateo ca ;p e utgoff and j a clouse ;in proceedings of the ninth annual conference on artificial intelligence ;1991;;;1783;;;;;pages 596 600;morgan kaufmann ;;two kinds of training information for evaluation function learning ;;;
san mateo ca ;p e utgoff and j a clouse ;in proceedings of the ninth annual conference on artificial intelligence ;1991;;;1784;;;;;pages 596 600;morgan kaufmann ;;two kinds of training information for evaluation function learning ;;;
san mateo ca ;p e utgoff and j a clouse ;in proceedings of the ninth annual conference on artificial intelligence ;1991;;;1785;;;;;pages 596 600;morgan kaufmann ;;two kinds of training information for evaluation function learning ;;;
anaheim ;utgoff p ;in proceedings of ninth national conference on artificial intelligence ;;;;1786;;;;;pages 596 600;aaai press mit press ;;and clouse 1991 two kinds of training information for evaluation function learning;;;
amherst ma university of massachusetts ;utgoff p e and brodley c e ;;;;;1787;department of computer science ;;;;;;;linear machine decision trees;technical report 10;;1991
amherst ma university of massachusetts ;utgoff p e and brodley c e ;;;;;1788;department of computer science ;;;;;;;linear machine decision trees;technical report 10;;1991
university of massachusetts amherst ma ;utgoff p e brodley c e ;;;;;1789;;;;;;;;linear ma chine decision trees ;tech rep ;;1991
amherst ma university of massachusetts ;utgoff p e brodley c e ;;;;;1790;department of computer and information science ;;;;;;;linear machine decision trees ;coins technical report 91 10;;1991
amherst ma university of massachusetts ;utgoff p e brodley c e ;;;;;1791;department of computer and information science ;;;;;;;linear machine decision trees ;coins technical report 91 10;;1991
university of massachusetts at amherst ;utgoff p e brodley c e ;;;;;1792;;;;;;;;linear machine decision trees ;tech rep 10;;1991
university of massachusetts at amherst ;utgoff p e brodley c e ;;;;;1793;;;;;;;;linear machine decision trees ;tech rep 10;;1991
university of massachusetts at amherst ;utgoff p e brodley c e ;;;;;1794;;;;;;;;linear machine decision trees ;tech rep 10;;1991
university of massachusetts at amherst ;utgoff p e brodley c e ;;;;;1795;;;;;;;;linear machine decision trees ;tech rep 10;;1991
university of massachusetts at amherst ;utgoff p e brodley c e ;;;;;1796;;;;;;;;linear machine decision trees ;tech rep 10;;1991
university of massachusetts at amherst ;utgoff p e brodley c e ;;;;;1797;;;;;;;;linear machine decision trees ;tech rep 10;;1991
university of massachusetts at amherst ;utgoff p e brodley c e ;;;;;1798;;;;;;;;linear machine decision trees ;tech rep 10;;1991
university of massachusetts ;utgoff p e brodley c e ;;;;;1799;dept of computer science ;;;;;;;linear machine decision trees ;coins technical report 91 10;;1991
university of massachusetts amherst ma ;paul e utgoff and carla e brodley ;;;;;1800;;;;;;;;linear machine decision trees ;technical report 10;;1991
;paul e utgoff and carla e brodley ;;;;;1801;university of massachusetts amherst ma ;;;;;;;linear machine decision trees ;technical report 10;;1991
university of massachusetts amherst ma ;paul e utgoff and carla e brodley ;;;;;1802;;;;;;;;linear machine decision trees ;technical report 10;;1991
university of massachusetts amherst ma ;paul e utgoff and carla e brodley ;;;;;1803;;;;;;;;linear machine decision trees ;technical report 10;;1991
university of massachusetts amherst ma ;paul e utgoff and carla e brodley ;;;;;1804;;;;;;;;linear machine decision trees ;technical report 10;;1991
university of massachusetts amherst ma ;paul e utgoff and carla e brodley ;;;;;1805;;;;;;;;linear machine decision trees ;technical report 10;;1991
university of massachusetts amherst ma ;paul e utgoff and carla e brodley ;;;;;1806;;;;;;;;linear machine decision trees ;technical report 10;;1991
university of massachusetts amherst ma ;paul e utgoff and carla e brodley ;;;;;1807;;;;;;;;linear machine decision trees ;technical report 10;;1991
university of massachusetts amherst ma ;paul e utgoff and carla e brodley ;;;;;1808;;;;;;;;linear machine decision trees ;technical report 10;;1991
rutgers university new brunswick nj ;p utgoff ;proceedings of the eleventh international conference on machine learning ;;in w cohen and h hirsh editors ;;1809;;;;;pages 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
rutgers university new brunswick nj ;p utgoff ;proceedings of the eleventh international conference on machine learning ;;in w cohen and h hirsh editors ;;1810;;;;;pages 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
rutgers university new brunswick nj ;p utgoff ;proceedings of the eleventh international conference on machine learning ;;in w cohen and h hirsh editors ;;1811;;;;;pages 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
;utgoff p ;;;in hirsh cohen;;1812;;;;;pp 318 326;;;an improved algorithm for incremental induction of decision trees ;;;1994
;utgoff p e ;in machine learning proceedings of the eleventh international conference ;;;;1813;;;;;pp 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
;utgoff p e ;in machine learning proceedings of the eleventh international conference ;;;;1814;;;;;pp 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
;utgoff p e ;in machine learning proceedings of the eleventh international conference ;;;;1815;;;;;pp 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
;utgoff p e ;in machine learning proceedings of the eleventh international conference ;;;;1816;;;;;pp 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
;utgoff p e ;in machine learning proceedings of the eleventh international conference ;;;;1817;;;;;pp 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
;utgoff p e ;in machine learning proceedings of the eleventh international conference ;;;;1818;;;;;pp 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
;utgoff p e ;in machine learning proceedings of the eleventh international conference ;;;;1819;;;;;pp 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees;;;1994
new brunswick nj ;utgoff p e ;in proceedings of the eleventh international conference on machine learning;;;;1820;;;;;pp 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
new brunswick nj ;utgoff p e ;in proceedings of the eleventh international conference on machine learning;;;;1821;;;;;pp 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
new brunswick nj ;utgoff p e ;machine learning proceedings of the eleventh international conference;;;;1822;;;;;pp 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
;utgoff p e ;in machine learning proc 11th int conf;;;;1823;;;;;318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
rutgers university new brunswick nj ;utgoff p e ;in proceedings of the 10th international machine learning workshop;;;;1824;;;;;;;;an improved algorithm for incremental induction of decision trees ;;;1993
rutgers university new brunswick nj ;utgoff p ;proceedings of the eleventh international conference on machine learning ;;in cohen w and hirsh h editors ;;1825;;;;;pages 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
rutgers university new brunswick nj ;utgoff p ;proceedings of the eleventh international conference on machine learning ;;in cohen w and hirsh h editors ;;1826;;;;;pages 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
rutgers university new brunswick nj ;utgoff p ;proceedings of the eleventh international conference on machine learning ;;in cohen w and hirsh h editors ;;1827;;;;;pages 318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;1994
;paul e utgoff ;in ml 94;;editors william w cohen and haym hirsh ;;1828;;;;;pages 318 325;;;an improved algorithm for incremental induction of decision trees ;;;
;paul e utgoff ;in ml 94;;editors william w cohen and haym hirsh ;;1829;;;;;pages 318 325;;;an improved algorithm for incremental induction of decision trees ;;;
;paul e utgoff ;in ml 94;;editors william w cohen and haym hirsh ;;1830;;;;;pages 318 325;;;an improved algorithm for incremental induction of decision trees ;;;
;paul e utgoff ;in ml 94;;editors william w cohen and haym hirsh ;;1831;;;;;pages 318 325;;;an improved algorithm for incremental induction of decision trees ;;;
;paul e utgoff ;in ml 94;;editors william w cohen and haym hirsh ;;1832;;;;;pages 318 325;;;an improved algorithm for incremental induction of decision trees ;;;
;paul e utgoff ;in ml 94;;editors william w cohen and haym hirsh ;;1833;;;;;pages 318 325;;;an improved algorithm for incremental induction of decision trees ;;;
;paul e utgoff ;in ml 94;;editors william w cohen and haym hirsh ;;1834;;;;;pages 318 325;;;an improved algorithm for incremental induction of decision trees ;;;
;paul e utgoff ;in ml 94;;editors william w cohen and haym hirsh ;;1835;;;;;pages 318 325;;;an improved algorithm for incremental induction of decision trees ;;;
;paul e utgoff ;in ml 94;;editors william w cohen and haym hirsh ;;1836;;;;;pages 318 325;;;an improved algorithm for incremental induction of decision trees ;;;
san francisco ca ;p e utgoff ;proceedings of the eleventh international conference on machine learning ;;;;1837;;;;;318 325;morgan kaufmann ;;an improved algorithm for incremental induction of decision trees ;;;
university of mas sachusetts amherst ;utgoff p ;;;;;1838;department of computer science ;;;;;;;decision tree induction based on efficient tree restructuring ;technical report 95 18;;1995
university of mas sachusetts amherst ;utgoff p ;;;;;1839;department of computer science ;;;;;;;decision tree induction based on efficient tree restructuring ;technical report 95 18;;1995
university of massachusetts amherst ;utgoff p e ;;;;;1840;;;;;;;;decision tree induction based on efficient tree restructuring ;technical report 05 18;;1995
;utgoff p e ;;;;;1841;university of massachusetts amherst ;;;;;;;decision tree induction based on efficient tree restructuring ;technical report 05 18;;1995
university of massachusetts amherst ;utgoff p e ;;;;;1842;;;;;;;;decision tree induction based on efficient tree restructuring ;technical report 05 18;;1995
university of massachusetts amherst ;utgoff p e ;;;;;1843;;;;;;;;decision tree induction based on efficient tree restructuring ;technical report 05 18;;1995
amherst ma ;utgoff p e ;;;;;1844;university of massachusetts department of computer science ;;;;;;;decision tree induction based on efficient tree restructuring;technical report 95 18;;1995
amherst ma ;utgoff p e ;;;;;1845;university of massachusetts department of computer science ;;;;;;;decision tree induction based on efficient tree restructuring;technical report 95 18;;1995
university of massachusetts ;paul e utgoff ;;;;;1846;;;march;;;;;decision tree induction based on efficient tree restructuring ;technical report 95 18;;1995
university of massachusetts ;paul e utgoff ;;;;;1847;;;march;;;;;decision tree induction based on efficient tree restructuring ;technical report 95 18;;1995
amherst ma ;utgoff p e ;;;;;1848;university of massachusetts department of computer science ;;;;;;;decision tree induction based on efficient tree restructuring ;technical report 95 18;;1996
amherst ma ;utgoff p e ;;;;;1849;university of massachusetts department of computer science ;;;;;;;decision tree induction based on efficient tree restructuring ;technical report 95 18;;1996
amherst ma university of massachusetts ;utgoff p e clouse j a ;;;;;1850;department of computer science ;;;;;;;a kolmogorov smirnoff metric for decision tree induction ;technical report 96 3;;1996
amherst ma ;utgoff p e and clouse j a ;;;;;1851;university of massachusetts department of computer science ;;;;;;;a kolmogorov smirnoff metric for decision tree induction ;technical report 96 3;;1996
amherst ma ;utgoff p e and clouse j a ;;;;;1852;university of massachusetts department of computer science ;;;;;;;a kolmogorov smirnoff metric for decision tree induction ;technical report 96 3;;1996
san mateo ca ;p e utgoff ;machine learning an artificial intelligence approach;;michalski j g carbonell and t m mitchell eds ;;1853;;;;;107 148;morgan kaufmann ;;shift of bias of inductive concept learning in r s ;; vol ii ;
amherst ma ;paul e utgoff ;;1996;;;1854;university of massachusetts ;;;;;;;feature function learning for value approximation ;technical report 96 09;;
;utgoff p e berkman n c clouse j a ;;;;;1855;;machine learning ;;;;;;decision tree induction based on efficient tree restructuring ;;;
;utgoff p e berkman n c and clouse j a ;;;;;1856;;machine learning;;;;;;decision tree induction based on efficient tree restructuring ;;29 1;1997
;paul e utgoff neil c berkman and jeffery a clouse ;;;;;1857;;;;;;;;decision tree induction based on efficient tree restructuring machine learning ;;29 5;1997
;paul e utgoff neil c berkman and jeffery a clouse ;;;;;1858;;;;;;;;decision tree induction based on efficient tree restructuring machine learning ;;29 5;1997
;p e utgoff n c berkman and j a clouse ;;;;;1859;;machine learning ;october;;;;;decision tree induction based on efficient tree restructuring ;;;1997
;utgoff p e berkman n c clouse j a ;;;;;1860;;machine learning ;;;;;;decision tree induction based on efficient tree restructuring ;;;
;utgoff p e berkman n c clouse j a ;;;;;1861;;machine learning ;;;;;; in press decision tree induction based on efficient tree restructuring ;;;
amherst ma university of massachusetts ;utgoff p e precup d ;;;;;1862;department of computer science ;;;;;;;constructive function approximation ;technical report 97 04;;1997
amherst ma university of massachusetts ;utgoff p e precup d ;;;;;1863;department of computer science ;;;;;;;constructive function approximation ;technical report 97 04;;1997
amherst ma university of massachusetts ;utgoff p e precup d ;;;;;1864;department of computer science ;;;;;;;constructive function approximation ;technical report 97 04;;1997
amherst ma university of massachusetts ;utgoff p e precup d ;;;;;1865;department of computer science ;;;;;;;constructive function approximation ;technical report 97 04;;1997
;p e utgoff ;;;;;1866;department of cs univ of mass ;;;;;;;constructive function approximation ;tr 97 4;;
;utgoff p e precup d ;;;in h motoda h liu eds ;;1867;;;;;;kluwer ;;feature extraction construction and selection a data mining perspective ;;;1998
;utgoff p e precup d ;;;in h motoda h liu eds ;;1868;;;;;;kluwer ;;feature extraction construction and selection a data mining perspective ;;;1998
palo alto ca page 30 yoshio;yee r c saxena s utgoff p e and barto a g ;in proceedings of the eighth national conference on artificial intelligence ;;;;1869;;;;;882 888;aaai press ;;explaining temporal differences to create useful concepts for evaluating states ;;;1991
palo alto ca ;yee r c saxena s utgoff p e barto a g ;proceedings of the eighth national conference on artificial intelligence;;yoshio ;;1870;;;;;pp 882 888;aaai press ;;explaining temporal differences to create useful concepts for evaluating states ;;;1990
882 888 cambridge ma;yee r c saxena s utgoff p e barto a g ;in proceedings of the eight national conference on artificial intelligence aaai 90;;;;1871;;;;;pp ;aaai press mit press ;;explaining temporal differences to create useful concepts for evaluating states ;;;1990
cambridge ma ;r c yee s saxena p e utgoff and a g barto ;in proceedings of the eighth national conference on artificial intelligence ;;;;1872;;;;;pages 882 888;;;explaining temporal differences to create useful concepts for evaluating states ;;;1990
cambridge ma ;r c yee s saxena p e utgoff and a g barto ;in proceedings of the eighth national conference on artificial intelligence ;;;;1873;;;;;pages 882 888;;;explaining temporal differences to create useful concepts for evaluating states ;;;1990
;richard c yee sharad saxena paul e utgoff and andrew c barto ;in proceedings of aaai 90;;;;1874;;;;;;;;explaining temporal differences to create useful concepts for evaluating states ;;18;1990
;richard c yee sharad saxena paul e utgoff and andrew c barto ;in proceedings of aaai 90;;;;1875;;;;;;;;explaining temporal differences to create useful concepts for evaluating states ;;;1990
university of michigan ;q zheng ;;;;;1876;;;;available via anonymous ftp from ftp eecs umich edu in directory outgoing zheng ;;;;real time fault tolerant communication in computer networks ;phd thesis ;;1993
;q zheng ;;;;;1877;university of michigan ;;;postscript version of the thesis is available via anonymous ftp from ftp eecs umich edu in directory outgoing zheng 14;;;;real time fault tolerant communication in computer networks ;phd thesis ;;1993
university of michigan ;q zheng ;;;;;1878;;;;postscript version of the thesis is available via anonymous ftp from ftp eecs umich edu in directory outgoing zheng ;;;;real time fault tolerant communication in computer networks ;phd thesis ;;1993
university of michigan ;q zheng ;;;;;1879;;;;postscript version of the thesis is available via anonymous ftp from ftp eecs umich edu in directory outgoing zheng ;;;;real time fault tolerant communication in computer networks ;phd thesis ;;1993
"""
CLUSTERS_1728 = [
    range(1729, 1763), [*range(1763, 1774), *range(1776, 1787)], [1774, 1775, *range(1787, 1809)], range(1809, 1838),
    range(1838, 1850), range(1850, 1853), range(1855, 1862), range(1862, 1867), range(1867, 1869), range(1869, 1876),
    range(1876, 1880),
]

# Records 688-797 of HPI's cora.csv, kept as HPI_1278 is: the last 14 copies of "instance based learning algorithms"
# before 798 (and one more, 785), then Kibler's papers, among them "machine learning as an experimental science" 37
# times (one copy, in "machine learning 3 1", Cora keeps apart) and the 1990 technical report of "the utility of
# knowledge in inductive learning", which Cora keeps apart from its 1992 article (798-849). An eighth held-out check,
# 2026-12-02 (measured before anything was changed for it).
HPI_688 = r"""
;d w aha d kibler and m k albert ;;;;;688;;machine learning ;;;;;;instance based learning algorithms ;;6;1991
;d aha d kibler and m albert ;;;;;689;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d aha d kibler and m albert ;;;;;690;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha david w dennis kibler marc k albert ;;;;;691;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol 6;1991
;aha david w dennis kibler marc k albert ;;;;;692;;machine learning ;;;pp 37 66;;;instance based learning algorithms ;;vol 6;1991
;aha d kibler d and albert m k ;;;;;693;;machine learning ;;;;;;instance based learning algorithms ;;vol 6 1;1991
;d aha d kibler and m albert ;;;;;694;;machine learning ;;;;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d and albert m k ;;;;;695;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d aha d kibler and m albert ;;;;;696;;machine learning ;;;;;;instance based learning algorithms ;;6 1;1991
;d aha d kibler and m albert ;;;;;697;;machine learning ;;;;;;instance based learning algorithms ;;6 1;1991
;david w aha dennis kibler and marc k albert ;;;;;698;;machine learning ;;;;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d albert m ;;;;;699;;machine learning ;;;37 66;;;instance based learning algorithms ;;7;1991
;aha d w d kibler albert m k ;;;;;700;;machine learning;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d w kibler d albert m ;;;;;701;;machine learning ;;;37 66;;; instance based learning algorithms ;;7;1991
in ;aha and goldstone 1992 aha d w and gold stone r l;in proceedings of the fourteenth annual conference of the cognitive science society ;;;;702;indiana univeristy bloomington ;;;;534 539;lawrence erl baum associates ;;concept learning and flexible weighting ;;;1992
in ;aha and goldstone 1992 aha d w and gold stone r l;in proceedings of the fourteenth annual conference of the cognitive science society ;;;;703;indiana univeristy bloomington ;;;;534 539;lawrence erl baum associates ;;concept learning and flexible weighting ;;;1992
;s h nienhuys cheng and r de wolf 1996;;;;;704;;journal of artificial intelligence research ;;;341 363;;;least generalizations and greatest specializations of sets of clauses ;;4;
;j s conery d f kibler ;in proceedings acm symposium on functional programming and computer architecture ;;;;705;;;;;;;;parallel interpretation of logic programs ;;;1981
;j s conery d f kibler ;in proceedings acm symposium on functional programming and computer architecture ;;;;706;;;;;;;;parallel interpretation of logic programs ;;;1981
;j s conery d f kibler ;in proceedings acm symposium on functional programming and computer architecture ;;;;707;;;;;;;;parallel interpretation of logic programs ;;;1981
;j s conery d f kibler ;proc acm symp functional programming and computer architecture ;;;;708;;;f14g;;;;;parallel interpretation of logic programs ;;;1981
;j s conery d f kibler ;proc acm symp functional programming and computer architecture ;;;;709;;;;;;;;parallel interpretation of logic programs ;;;1981
;dasarathy b v ;;;;;710;;;;;;los alamitos california ieee computer society press 18 data;;nearest neighbor nn norms;nn pattern classification techniques ;;1991
;datta p and kibler d ;in proceedings of the ml92 workshop on biases in inductive learning;;;;711;;;;;;;;utilizing prior concepts for learning ;;14;1992
;datta p and kibler d ;in proceedings of the ml92 workshop on biases in inductive learning;;;;712;;;;;;;;utilizing prior concepts for learning ;;14;1992
;datta p and kibler d ;;;;;713;;;;;;;;utilizing prior concepts for learning in proceedings of the ml92 workshop on biases in inductive learning;;14;1992
;datta p and kibler d ;in proceedings of the ml92 workshop on biases in inductive learning;;;;714;;;;;;;;utilizing prior concepts for learning ;;14;1992
los altos california ;datta p kibler d ;in proceedings of the twelfth international conference on machine learning ;;;;715;;;;;;morgan kaufmann ;;learning prototypical concept descriptions ;;;1995
tahoe city ca ;datta p and kibler d ;in proceedings of the twelfth international conference on machine 15 learning;;;;716;;;;;;morgan kaufmann ;;learning prototypical concept descriptions ;;;1995
tahoe city ca ;datta p and kibler d ;in proceedings of the twelfth international conference on machine learning ;;;;717;;;;;;morgan kaufmann ;;learning prototypical concept descriptions ;;;1995
tahoe city ca ;datta p kibler d ;proc twelfth international conference on machine learning;;;;718;;;;;pp 158 166;morgan kaufmann ;;learning prototypical concept descriptions ;;;1995
tahoe city ca ;datta p kibler d ;proc twelfth international conference on machine learning;;;;719;;;;;pp 158 166;morgan kaufmann ;;learning prototypical concept descriptions ;;;1995
tahoe city ca ;datta p and kibler d ;in proceedings of the twelfth international conference on machine learning ;;;;720;;;;;158 166;morgan kaufmann ;;learning prototypical concept descriptions ;;;1995
tahoe city ca ;p datta and d kibler ;in proceedings of the twelfth international conference on machine learning ;;;;721;;;;;pages 158 166;morgan kaufmann ;;learning prototypical concept descriptions ;;16;1995
;hall r kibler d wenger e truxaw c ;;;;;722;;cognition and instruction ;;;223 283;;;exploring the episodic structure of algebra story problem solving ;;6;1989a
;hampson s and kibler d ;dimacs challenge on satisfiability testing ;;;;723;;;;;;;;plateaus and plateau search in boolean satisfiability problems when to give up searching and start again ;;;1993
;steven hampson and dennis kibler ;workshop notes 2nd dimacs challenge;;;;724;;;;;;;;plateaus and plateau search in boolean satisfi ability problems when to give up searching and start again ;;;1993
;steven hampson and dennis kibler ;workshop notes 2nd dimacs challenge;;;;725;;;;;;;;plateaus and plateau search in boolean satisfi ability problems when to give up searching and start again ;;;1993
;hampson d kibler s ;dimacs series in discrete mathematics and theoretical computer science cliques colors and satisfiability ;;in johnson d trick m eds ;;726;;;;;pp 437 456;american mathematical society ;;large plateaus and plateau search in boolean satisfia bility problems when to give up searching and start again ;;vol 26;1995
;hampson d kibler s ;dimacs series in discrete mathematics and theoretical computer science cliques colors and satisfiability ;;in johnson d trick m eds ;;727;;;;;pp 437 456;american mathematical society ;;large plateaus and plateau search in boolean satisfia bility problems when to give up searching and start again ;;vol 26;1995
;s hampson and d kibler ;dimacs challenge;;;;728;;;;available by http www ics uci edu kibler ;;;;plateaus and plateau search in boolean satisfiability problems when to give up searching and start again ;;;1995
;hu y kibler d ;in proceeding of the 13th national conference on artificial intelligence;;;;729;;;;;p806 811;;;generation of attributes for learning algorithms ;;14;1996
portland or ;hu y and kibler d ;proceedings of the thirteenth national conference on artificial intelligence aaai96;;;;730;;;;;p 806 811;;;generation of attributes for learning algorithms ;;;1996
sydney ;kelly j d davis l ;in proceedings of the twelfth international joint conference on artificial intelligence ;;;;731;;;;;645 650;morgan kaufmann ;;a hybrid genetic algorithm for classification ;;;1991
sydney ;kelly j d davis l ;in proceedings of the twelfth international joint conference on artificial intelligence ;;;;732;;;;;645 650;morgan kaufmann ;;a hybrid genetic algorithm for classification ;;;1991
;kibler d ;;;;;733;university of california irvine ;;;;;;;1978 power efficiency and correctness of transformation systems ph d;thesis ;;
;d kibler and p morris ;in proceedings of ijcai 81;;;;734;;;;;;;;don t be stupid ;;;1981
los altos ca ;kibler d porter b ;in proceedings of aaai 83;;;;735;;;;;191 196;morgan kaufmann ;;episodic learning ;;;1983
;d kibler ;;;;;736;computer science department uc irvine ;;;;;;;natural generation of heuristics by transforming the problem representation ;technical report tr 85 20;;1985
;d kibler and p langley ;in proceedings of 1988 european working session on learning;;;;737;;;;;pages 81 92;;;machine learning as an experimental science ;;;1988
;d kibler and p langley ;in proc of 1988 euro working session on learning;;;;738;;;;;pages 8192;;;machine learning as an experimental science ;;;1988
;d kibler and p langley ;in proc of 1988 euro working session on learning;;;;739;;;;;pages 8192;;;machine learning as an experimental science ;;;1988
glasgow uk ;kibler d langley p ;in proc of the third european working session on learning ;;;;740;;;;;81 92;;;machine learning as an experimental science ;;;1988
glasgow uk ;kibler d langley p ;in proc of the third european working session on learning ;;;;741;;;;;81 92;;;machine learning as an experimental science ;;;1988
glas gow uk ;kibler d langley p ;in proceedings of the third european working session on learning ;;;;742;;;;;81 92;;;machine learning as an experimental science ;;;1988
;kibler d langley p ;in proceedings of the third european working session on learning ;;;;743;;;;;pp 81 92;pitman publishing london uk ;;machine learning as an experimental science ;;;1988
;kibler d langley p ;in proceedings of the third european working session on learning ;;;;744;;;;;pp 81 92;pitman publishing london uk ;;machine learning as an experimental science ;;;1988
glasgow scotland ;kibler d langley p ;proceedings of the third european working session on learning ;;;;745;;;;;;pitman ;;machine learning as an experimental science ;;;1988
london uk ;kibler d langley p ;proceedings of the third european session on machine learning ;;;;746;;;;;;pitman ;;machine learning as an experimental science ;;;1988
glasgow scotland ;kibler d langley p ;in proceedings of the third european working session on learning ;;;;747;;;;;;pitman ;;machine learning as an experimental science ;;;1988
glasgow scotland ;kibler d langley p ;in proceedings of the third european working session on learning ;;;;748;;;;;;pitman ;;machine learning as an experimental science ;;;1988
glasgow scotland ;kibler d langley p ;in proceedings of the third european working session on learning ;;;;749;;;;;;pitman ;;machine learning as an experimental science ;;;1988
edinburgh uk ;kibler d langley p ;in proceedings of the third european working session on learning ;;;;750;;;;;pp 1 12;;;machine learning as an experimental science ;;;1988
;kibler d langley p ;;;;;751;;machine learning 3 1;;;;;;machine learning as an experimental science ;;;1988
glasgo scotland ;kibler d langley p ;proceedings of the third european session on l e a r n i n g;;in d sleeman ed ;;752;;;;;pp 81 91;pitman ;;machine learning as an experimental science ;;;1988
glasgow scotland ;kibler d langley p ;in proceedings of the third european working session on learning;;;;753;;;;;pp 81 92;pitman ;;machine learning as an experimental science ;;;1988
edinburgh uk ;kibler d langley p ;in proceedings of the third european working session on learning ;;;;754;;;;;pp 1 12;;;machine learning as an experimental science ;;;1988
edinburgh uk ;kibler d langley p ;in proceedings of the third european working session on learning ;;;;755;;;;;pp 1 12;;;machine learning as an experimental science ;;;1988
edinburgh uk ;kibler d langley p ;in proceedings of the third european working session on learning ;;;;756;;;;;pp 1 12;;;machine learning as an experimental science ;;;1988
edinburgh uk ;kibler d langley p ;in proceedings of the third european working session on learning ;;;;757;;;;;pp 1 12;;;machine learning as an experimental science ;;;1988
glasgow ;kibler d langley p ;proceedings of the third eu ropean working session on learning;;;;758;;;;;pp 81 92;pittman ;;machine learning as an experimental science ;;;1988
glas gow pittman ;kibler d langley p ;proceedings of the third euro pean working session on learning;;;;759;;;;reprinted in j w shavlik t g di etterich eds readings in machine learning mor gan kaufmann ;pp 81 92;;;machine learning as an experimental science ;;;1988
glas gow pittman ;kibler d langley p ;proceedings of the third euro pean working session on learning;;;;760;;;;reprinted in j w shavlik t g di etterich eds ;pp 81 92;;;machine learning as an experimental science ;;;1988
glasgow pittman ;kibler d langley p ;proceedings of the third european working session on learning;;;;761;;;;;pp 81 92;;;machine learning as an experimental science ;;;1988
glasgow pittman ;kibler d langley p ;proceedings of the third european working session on learning;;;;762;;;;;pp 81 92;;;machine learning as an experimental science ;;;1988
glasgow pittman ;kibler d langley p ;proceedings of the third european working session on learning;;;;763;;;;;pp 81 92;;;machine learning as an experimental science ;;;1988
glasgow pittman ;kibler d langley p ;proceedings of the third european working session on learning;;;;764;;;;;pp 81 92;;;machine learning as an experimental science ;;;1988
glasgow pittman ;kibler d langley p ;proceedings of the third european working session on learning;;;;765;;;;;pp 81 92;;;machine learning as an experimental science ;;;1988
glasgow pittman ;kibler d langley p ;proceedings of the third european working session on learning;;;;766;;;;;pp 81 92;;;machine learning as an experimental science ;;;1988
glasgow uk ;d kibler and p langley p ;proceedings of the third european working session on learning ;;;;767;;;;;81 92;;;machine learning as an experimental science in ;;;1988
;dennis kibler and pat langley ;pro ceedings of the third working session on learning;;;;768;;;;;;;;machine learning as an experimental science ;;;1989
;dennis kibler and pat langley ;proceedings of the third working session on learning;;;;769;;;;;;;;machine learning as an experimental science ;;;1989
;d kibler p langley ;proc 3rd working session on learning 1989;;;;770;;;;;;;;machine learning as an experimental science ;;;
;d kibler p langley ;proc 3rd working session on learning;;;;771;;;;;;;;machine learning as an experimental science ;;;1989
san mateo ca ;dennis kibler and pat langley ;in proceedings of the third european working session on learning ;;;;772;;;;also appears in readings in machine learning by shavlik and dietterich ;;pitman publishing ltd london and morgan kaufman publishing ;;machine learning as an experimental science ;;;1988
san mateo ca ;dennis kibler and pat langley ;in proceedings of the third european working session on learning ;;;;773;;;;also appears in readings in machine learning by shavlik and dietterich ;;pitman publishing ltd london and morgan kaufman publishing ;;machine learning as an experimental science ;;;1988
;pat langley and dennis kibler ;;;;;774;;;;unpublished paper ;;;;the experimental study of machine learning ;;;1991
;pat langley and dennis kibler ;;;;;775;;;;unpublished paper ;;;;the experimental study of machine learning ;;;1991
;kibler d and aha d ;in proceedings of the 3rd european working session on learning ewsl88;;;;776;;;;;pp 63 88;;;comparing instance averaging with instance filtering learning algorithms ;;;1988
glasgow scotland ;kibler d aha d w ;in proceedings of the third european working session on learning;;;;777;;;;;pp 63 80;pitman ;;comparing instance averaging with instance filtering learning algorithms ;;;1988
glasgow scotland ;kibler d aha d w ;in proceedings of the third european working session on learning;;;;778;;;;;pp 63 80;pitman ;;comparing instance averaging with instance filtering learning algorithms ;;;1988
;d kibler and d aha ;in proceedings of the third european working session on learning ;;;;779;;;;;pages 68 80;;;comparing instance averaging with instance filtering learn ing algorithms ;;;1988
ma ;d kibler and d aha ;change of representation and inductive bias ;;in d p benjamin editor ;;780;;;;;;kluwer academic publisher norwell ;;comparing instance saving with instance averaging learn ing algorithms ;;;1989
;d kibler d w aha and m k albert ;;;;;781;;computational intelligence ;;;51 57;;;instance based prediction of real valued attributes ;;5;1989
;d kibler d w aha and m k albert ;;;;;782;;computational intelligence ;;;51 57;;;instance based prediction of real valued attributes ;;5;1989
;kibler d aha d w and m k albert ;;;;;783;;computational intelligence ;;;pp 51 57;;;instance based prediction of real valued attributes ;;5;1989
;kibler d aha d w albert m ;;;;;784;;computational intelligence ;;;51 57;;;instance based prediction of real valued attributes ;;5;1989
;d kibler d aha and m k albert ;;;;;785;;machine learning ;;;;;;instance based learning algorithms ;;6 1;1991
boston ma ;langley p kibler d granger r ;;;mitchell j g carbonell r s michalski eds ;;786;;machine learning a guide to current research;;;pp 167 172;kluwer ;;components of learning in a reactive environment in t m ;;;1986
;nilsson n j ;;;;;787;;journal of artificial intelligence research 1;;;139 158;;;teleo reactive programs for agent control ;;;1994
;nilsson n j ;;;;;788;;journal of artificial intelligence research 1;;;139 158;;;teleo reactive programs for agent control ;;;1994
;nilsson n j ;;;;;789;;journal of artificial intelligence research 1;;;139 158;;;teleo reactive programs for agent control ;;;1994
san mateo ca ;norvig p ;;;;;790;;;;;;morgan kaufmann ;;paradigms of artificial intelligence programming case studies in common lisp ;;;1992
san mateo ca ;norvig p ;;;;;791;;;;;;morgan kaufmann ;;paradigms of artificial intelligence programming case studies in common lisp ;;;1992
san mateo ca ;norvig p ;;;;;792;;;;;;morgan kaufmann ;;paradigms of artificial intelligence programming case studies in common lisp ;;;1992
san mateo ca ;norvig p ;;;;;793;;;;;;morgan kaufmann ;;paradigms of artificial intelligence programming case studies in common lisp ;;;1992
;ortega j and fisher d ;ijcai 95;;;;794;;;;;;;;flexibly exploiting prior knwledge in empirical learning ;;;1995
;pazzani m j kibler d ;;;;;795;irvine ca university of california irvine department of information and computer science ;;;;;;;the utility of knowledge in inductive learning ;technical report no 90 18;;1990
irvine ;pazzani m kibler d ;;;;;796;department of information and computer science ;;;;;;;the utility of knowledge in inductive learning;technical report 90 18;;1990
irvine ca ;pazzani m kibler d ;;;;;797;university of california department of information computer science ;;;;;;;the utility of knowledge in inductive learning;technical report no 9018;;1990
"""
CLUSTERS_688 = [
    [*range(688, 702), 785], range(702, 704), range(705, 710), range(711, 715), range(715, 722), range(723, 729),
    range(729, 731), range(731, 733), [*range(737, 751), *range(752, 774)], range(774, 776), range(776, 780),
    range(781, 785), range(787, 790), range(790, 794), range(795, 798),
]

# Records 987-1123 of HPI's cora.csv, kept as HPI_1278 is: the last 19 copies of "instance based learning algorithms"
# (and 1011, "... methods"), Kibler's papers, and "the utility of knowledge in inductive learning" (1992) written four
# ways ("background knowledge", "prior knowledge", "the role of prior knowledge"), four copies dated 1991 and two 1997,
# which Cora labels one paper with 798-849. Cora keeps apart two "parallelism in ai programs" (a technical report and
# the IJCAI 1985 paper), the EWSL 1988 paper and the Machine Learning 3(1) editorial of "machine learning as an
# experimental science" (as in 688-797), and the IJCAI 1989 and AAAI 1991 "learning subgoal sequences for planning".
# A ninth held-out check, 2026-12-02 (measured before anything was changed for it).
HPI_987 = r"""
;aha d kibler d and albert m ;;;;;987;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;aha d kibler d and albert m ;;;;;988;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d kibler d and albert m ;;;;;989;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;aha d kibler d and albert m ;;;;;990;;machine learning ;;;37 66;;;instance based learning algorithms ;;6 1;1991
;d aha d kibler and m albert ;;;;;991;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d aha d kibler and m albert ;;;;;992;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k al bert ;;;;;993;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k al bert ;;;;;994;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;995;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;996;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;997;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;david w aha dennis kibler and marc k albert ;;;;;998;;machine learning ;;;;;;instance based learning algorithms ;;6 1;1991
;david w aha dennis kibler and mark k albert ;;;;;999;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;david w aha dennis kibler and mark k albert ;;;;;1000;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;1001;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;1002;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d w aha d kibler and m k albert ;;;;;1003;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;
;aha d kibler d albert m ;;;;;1004;;machine learning ;;;37 66;;;instance based learning algorithms ;;6;1991
;d aha d kibler and m albert ;;;;;1005;;machine learning ;;;;;;instance based learning algorithms ;;6 3766;1991
;kibler d and conery j ;;;;;1006;irvine computational intelligence project information and computer science department university of california irvine ;;;;;;;parallelism in ai programs ;technical report ;;
karlsruhe germany ;john s conery and dennis f kibler ;in proceedings of international joint conference on artificial intelligence ;;;;1007;;;;;pages 539 543;william kaufmann los altos ;;and parallelism in logic programs ;;;1983
;j s conery and d f kibler ;;;;;1008;;new generation computing ;;;43 70;;;and parallelism and nondeterminism in logic programs ;;3;1985
;j s conery and d f kibler ;in proceedings of international joint conference on artificial intelligence ;;;;1009;;;;;pages 53 56;;;parallelism in ai programs ;;;1985
;j s conery and d f kibler ;;;;;1010;;new generation computing ;;;43 70;;;and parallelism and nondeterminism in logic programs ;;3;1985
;aha dw kibler d albert mk ;;;;;1011;;machine learning;;;37 66;;;instance based learning methods ;;6;1991
;d kibler and p morris ;in proceedings of the seventh international joint conference on artificial intelligence ;;;;1012;;;;;pages 345 347;;;don t be stupid ;;;1981
;dennis kibler ;;;;;1013;department of computer science university of california at irvine ;;;;;;;natural generation of heuristics by transforming the problem representation ;technical report tr 85 20;;1985
;kibler d ;;;;;1014;university of california irvine ca ;;;;;;;natural generation of heuristics by transforming the the problem representation ;technical report tr 85 20;;1985
;b porter and d kibler ;;;;;1015;;machine learning ;;;249 286;;;experimental goal regression a method for learning problem solving heuristics ;;1;1986
irvine ca ;kibler d and aha d ;in proc of the 4 th international workshop on machine learning;;;;1016;;;;;pages 24 30;;;learning representative exemplars of concepts an initial case study ;;;1987
irvine ca ;dennis kibler and david w aha ;in proceedings of the 4 th international workshop on machine learning;;;;1017;;;;;;;;learning representative exemplars of concepts an initial case study ;;;1987
irvine ca ;dennis kibler and david w aha ;in proceedings of the 4 th international workshop on machine learning;;;;1018;;;;;;;;learning representative exemplars of concepts an initial case study ;;;1987
glasgow uk ;kibler d and langley p ;;;editor in sleeman d ;;1019;;;october;;pages 81 92;turing institute pitman ;;machine learning as an experimental science ;;;1988
;kibler d and langley p ;;;;;1020;;machine learning ;;;5 8;;;machine learning as an experimental science ;;3 1;1988
;kibler d langley p ;;;;;1021;;machine learning ;;;5 8;;;machine learning as an experimental science ;;3 1;1988
glasgow scotland ;kibler d and langley p ;in proceedings of the third european working session on learning ;;;;1022;;;;;;pitman ;;machine learning as an experimental science ;;;1988
;kibler d and aha d w ;;;;;1023;;computational intelligence ;;;51 57;;;instance based prediction of real valued attributes ;;5 2;1989
;kibler d and aha d w ;;;;;1024;;computational intelligence ;;;51 57;;;instance based prediction of real valued attributes ;;5 2;1989
;kibler d aha d w and albert m ;;;;;1025;;computational intelligence ;;;51 57;;;instance based prediction of real valued attributes ;;5;1989
;kibler d aha d w albert m k ;;;;;1026;;computational intelligence ;;;51 57;;;instance based prediction of real valued attributes ;;5;1989
;kibler d aha d w albert m k ;;;;;1027;;computational intelligence ;;;51 57;;;instance based prediction of real valued attributes ;;5;1989
;d kibler d w aha and m k albert ;;;;;1028;;computational intelligence ;;;51 57;;;instance based prediction of real valued attributes ;;5;1989
;d kibler d w aha and m k albert ;;;;;1029;;computational intelligence ;;;51 57;;;instance based prediction of real valued attributes ;;5;1989
;d kibler and d w aha ;;;;;1030;;computational intelligence ;;;51 57;;;instance based prediction of real valued attributes ;;5 2;1989
;d kibler and d w aha ;;;;;1031;;computational intelligence ;;;51 57;;;instance based prediction of real valued attributes ;;5 2;1989
;pazzani m kibler d ;;;;;1032;;machine learning;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;
;pazzani m and kibler d ;;;;;1033;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;michael pazzani and dennis kibler ;;;;;1034;;machine learning ;;;57 94;;;the role of prior knowledge in inductive learning ;;9;1992
;michael pazzani and dennis kibler ;;;;;1035;;machine learning ;;;57 94;;;the role of prior knowledge in inductive learning ;;9;1992
;michael pazzani and dennis kibler ;;;;;1036;;machine learning ;;;57 94;;;the role of prior knowledge in inductive learning ;;9;1992
;micheal pazzani and dennis kibler ;;;;;1037;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
amherst ma ;dennis kibler 1993;in proceedings of kcsl93 3rd international workshop on knowledge compilation and speedup learning in icml93;;;;1038;;;;;;;;some real world domains for learning problem solvers ;;;
amherst ma ;dennis kibler 1993;in proceedings of kcsl93 3rd international workshop on knowledge compilation and speedup learning in icml93;;;;1039;;;;;;;;some real world domains for learning problem solvers ;;;
amherst ma ;dennis kibler 1993;in proceedings of kcsl93 3rd international workshop on knowledge compilation and speedup learning in icml93;;;;1040;;;;;;;;some real world domains for learning problem solvers ;;;
;pazzani m and kibler d ;;;;;1041;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1991
;pazzani m and kibler d ;;;;;1042;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1991
;pazzani m and kibler d ;;;;;1043;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1991
;pazzani m and kibler d ;;;;;1044;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1991
;pazzani m kibler d ;;;;;1045;;machine learning;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;1046;;in machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;ourston d mooney r ;;;;;1047;;artificial intelligence ;;;273 309;;;theory refinement combining analytical and empirical methods ;;66 2;1994
;ourston d mooney r ;;;;;1048;;artificial intelligence ;;;273 309;;;theory refinement combining analytical and empirical methods ;;66 2;1994
;ourston d mooney r ;;;;;1049;;artificial intelligence ;;;273 309;;;theory refinement combining analytical and empirical methods ;;66 2;1994
;m pazzani and d kibler ;;;;;1050;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1051;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;m pazzani d ;;;;;1052;;;;;57 94;;;kibler the utility of knowledge in inductive learning machine learning ;;9 1;1992
;m pazzani and d kibler ;;;;;1053;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;1054;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;1055;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;1056;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;1057;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;1058;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;1059;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;1060;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;1061;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m kibler d ;;;;;1062;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m kibler d ;;;;;1063;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m kibler d ;;;;;1064;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m kibler d ;;;;;1065;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m j and kibler d ;;;;;1066;;machine learning;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1067;;machine learning journal ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m and kibler d ;;;;;1068;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1069;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1070;;machine learning;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m and kibler d ;;;;;1071;;machine learning ;;;;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m and kibler d ;;;;;1072;;machine learning ;;;;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m kibler d ;;;;;1073;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m kibler d ;;;;;1074;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m and kibler d ;;;;;1075;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1076;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1077;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1078;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1079;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1080;;machine learning;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1081;;machine learning;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;machine learning 9;;;;1082;;;;;57 94;;;the utility of background knowledge in inductive learning ;;;1992
;pazzani m and kibler d ;;;;;1083;;machine learning;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1084;;machine learning;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1085;;machine learning;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1086;;machine learning;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1087;;machine learning;;;54 97;;;the utility of prior knowledge in inductive learning ;;9;1992
;m pazzani and d kibler ;;;;;1088;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;m pazzani and d kibler ;;;;;1089;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;m pazzani and d kibler ;;;;;1090;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;m pazzani and d kibler ;;;;;1091;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;m pazzani and d kibler ;;;;;1092;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;micheal j pazzani and dennis kibler ;;;;;1093;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;micheal j pazzani and dennis kibler ;;;;;1094;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;m pazzani and d kibler ;;;;;1095;;machine learning ;;;54 97;;;the utility of prior knowledge in inductive learning ;;9;1992
;m pazzani and d kibler ;;;;;1096;;machine learning ;;;54 97;;;the utility of prior knowledge in inductive learning ;;9;1992
;micheal j pazzani and dennis kibler ;;;;;1097;;machine learning ;;;54 97;;;the role of prior knowledge in inductive learning ;;9;1992
;micheal j pazzani and dennis kibler ;;;;;1098;;machine learning ;;;54 97;;;the role of prior knowledge in inductive learning ;;9;1992
;micheal j pazzani and dennis kibler ;;;;;1099;;machine learning ;;;54 97;;;the role of prior knowledge in inductive learning ;;9;1992
;m pazzani and d kibler ;;;;;1100;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;micheal j pazzani and dennis kibler ;;;;;1101;;machine learning ;;;54 97;;;the role of prior knowledge in inductive learning ;;9;1992
;m pazzani and d kibler ;;;;;1102;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;m pazzani and d kibler ;;;;;1103;;machine learning ;;;57 94;;;the utility of background knowledge in inductive learning ;;9;1992
;pazzani m and d kibler ;;;;;1104;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1105;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m and kibler d ;;;;;1106;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;m pazzani and d kibler ;;;;;1107;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9;1992
;pazzani m and kibler d ;;;;;1108;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;pazzani m and kibler d ;;;;;1109;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1992
;m pazzani and d kibler ;;;;;1110;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1997
;m pazzani and d kibler ;;;;;1111;;machine learning ;;;57 94;;;the utility of knowledge in inductive learning ;;9 1;1997
;bruce porter and dennus kibler ;;;;;1112;;machine learning ;;;249 286;;;experimental goal regression a method for learning problem solving heuristics ;;1;1986
;bruce porter and dennus kibler ;;;;;1113;;machine learning ;;;249 286;;;experimental goal regression a method for learning problem solving heuristics ;;1;1986
;bruce porter and dennus kibler ;;;;;1114;;machine learning ;;;249 286;;;experimental goal regression a method for learning problem solving heuristics ;;1;1986
;bruce porter and dennus kibler ;;;;;1115;;machine learning ;;;249 286;;;experimental goal regression a method for learning problem solving heuristics ;;1;1986
;bruce porter and dennus kibler ;;;;;1116;;machine learning ;;;249 286;;;experimental goal regression a method for learning problem solving heuristics ;;1;1986
detroit mi ;david ruby and dennis kibler ;in proceedings of the eleventh international joint conference on artificial intelligence ;;;;1117;;;;;pages 609 614;;;learning subgoal sequences for planning ;;;1989
san mateo ca ;ruby d kibler d ;proceedings ninth national conference on artificial intelligence ;;;;1118;;;;;;aaai press ;;steppingstone an empirical and analyt ical evaluation ;;;1991
san mateo ca ;ruby d kibler d ;proceedings ninth national conference on artificial intelligence ;;;;1119;;;;;;aaai press ;;steppingstone an empirical and analytical evaluation ;;;1991
san mateo ca ;ruby d kibler d ;proceedings ninth national conference on artificial intelligence ;;;;1120;;;;;;aaai press ;;steppingstone an empirical and analytical evaluation ;;;1991
;d ruby and d kibler ;in proceedings of aaai 91;;;;1121;;;;;;aaai press ;;learning subgoal sequences for planning ;;;1991
;d ruby and d kibler ;in proceedings of aaai 91;;;;1122;;;;;;aaai press ;;learning subgoal sequences for planning ;;;1991
;j sklansky and d f kibler ;;;;;1123;;ieee trans syst man and cybernetics ;sept ;;637 647;;;a theory of nonuniformity in digitized binary pictures ;;smc 6 9;1976
"""
CLUSTERS_987 = [
    [*range(987, 1006), 1011], [1008, 1010], [1013, 1014], [1015, *range(1112, 1117)], range(1016, 1019), [1019, 1022],
    [1020, 1021], range(1023, 1032), [*range(1032, 1038), *range(1041, 1047), *range(1050, 1112)], range(1038, 1041),
    range(1047, 1050), range(1118, 1121), [1121, 1122],
]

# Every chunk of HPI's rows transcribed above, in record order, with its clusters (cora_sweep.py reads them all).
HPI_CHUNKS = (
    (HPI_579, CLUSTERS_579), (HPI_688, CLUSTERS_688), (HPI_798, CLUSTERS_798), (HPI_890, CLUSTERS_890), (HPI_987, CLUSTERS_987),
    (HPI_1278, CLUSTERS_1278), (HPI_1424, CLUSTERS_1424), (HPI_1589, CLUSTERS_1589), (HPI_1728, CLUSTERS_1728),
)
# A record whose paper's other copies are in another chunk (read together, it is with them): its cluster there.
ACROSS_CHUNKS = {1853: 1522}  # a copy of "shift of bias ...", 1522-1588


def record_id(row: str) -> int:
    """The record a row of the chunks above is (its `id` column; the rows are kept without `authors_original`)."""
    return int(row.split(";")[6])
